/**
 * The outbox and the events that go through it: the event bus (with every feature's subscriptions), the JSON codec
 * of payloads, and the jobs that deliver and forget messages.
 */
@NullMarked
package de.stammkunde.api.outbox;

import org.jspecify.annotations.NullMarked;
