@NullMarked
package de.stammkunde.domain.customer;

import org.jspecify.annotations.NullMarked;
