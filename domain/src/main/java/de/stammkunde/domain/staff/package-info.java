@NullMarked
package de.stammkunde.domain.staff;

import org.jspecify.annotations.NullMarked;
