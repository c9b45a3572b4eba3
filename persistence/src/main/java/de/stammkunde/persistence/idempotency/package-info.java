@NullMarked
package de.stammkunde.persistence.idempotency;

import org.jspecify.annotations.NullMarked;
