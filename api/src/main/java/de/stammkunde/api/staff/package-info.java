@NullMarked
package de.stammkunde.api.staff;

import org.jspecify.annotations.NullMarked;
