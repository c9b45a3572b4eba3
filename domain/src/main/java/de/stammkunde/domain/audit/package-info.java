@NullMarked
package de.stammkunde.domain.audit;

import org.jspecify.annotations.NullMarked;
