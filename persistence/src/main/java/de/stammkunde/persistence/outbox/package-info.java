@NullMarked
package de.stammkunde.persistence.outbox;

import org.jspecify.annotations.NullMarked;
