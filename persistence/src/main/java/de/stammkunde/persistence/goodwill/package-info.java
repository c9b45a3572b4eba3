/** Goodwill in PostgreSQL: the policy row (the shop's goodwill lock), gestures, subscriptions. */
@NullMarked
package de.stammkunde.persistence.goodwill;

import org.jspecify.annotations.NullMarked;
