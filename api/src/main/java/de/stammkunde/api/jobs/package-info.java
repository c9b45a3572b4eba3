@NullMarked
package de.stammkunde.api.jobs;

import org.jspecify.annotations.NullMarked;
