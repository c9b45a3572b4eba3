@NullMarked
package de.stammkunde.api.idempotency;

import org.jspecify.annotations.NullMarked;
