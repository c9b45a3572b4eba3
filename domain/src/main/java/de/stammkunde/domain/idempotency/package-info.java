@NullMarked
package de.stammkunde.domain.idempotency;

import org.jspecify.annotations.NullMarked;
