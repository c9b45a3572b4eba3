/**
 * Customer value: the owner's settings (gross margin, discount rate, horizon), fitting the lifetime-value models of
 * {@link de.stammkunde.domain.clv} on the shop's own history as of any date (with the holdout check of how far to
 * trust them), scoring every customer (P(alive), expected purchases and value, CLV, segment) in runs whose results
 * are kept, the fallbacks for shops with too little history, and the owner's dashboard figures.
 */
@NullMarked
package de.stammkunde.domain.value;

import org.jspecify.annotations.NullMarked;
