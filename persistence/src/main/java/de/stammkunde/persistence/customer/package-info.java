@NullMarked
package de.stammkunde.persistence.customer;

import org.jspecify.annotations.NullMarked;
