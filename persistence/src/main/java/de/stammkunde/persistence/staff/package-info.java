@NullMarked
package de.stammkunde.persistence.staff;

import org.jspecify.annotations.NullMarked;
