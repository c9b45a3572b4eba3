@NullMarked
package de.stammkunde.persistence.expiry;

import org.jspecify.annotations.NullMarked;
