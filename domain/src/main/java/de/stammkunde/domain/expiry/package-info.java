@NullMarked
package de.stammkunde.domain.expiry;

import org.jspecify.annotations.NullMarked;
