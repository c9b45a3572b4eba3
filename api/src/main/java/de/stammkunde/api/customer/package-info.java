@NullMarked
package de.stammkunde.api.customer;

import org.jspecify.annotations.NullMarked;
