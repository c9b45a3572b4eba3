/** The service desk's report: complaints, satisfaction and goodwill together (reads across both features). */
@NullMarked
package de.stammkunde.domain.servicereport;

import org.jspecify.annotations.NullMarked;
