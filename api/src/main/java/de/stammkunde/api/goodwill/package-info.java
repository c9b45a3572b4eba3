/** Goodwill over HTTP: the policy, gestures in cases, the approval queue, fee refunds, subscriptions. */
@NullMarked
package de.stammkunde.api.goodwill;

import org.jspecify.annotations.NullMarked;
