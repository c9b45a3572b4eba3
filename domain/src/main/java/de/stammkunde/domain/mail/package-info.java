/**
 * E-mail to customers through a transactional outbox: a mail is queued in the same transaction as the fact it
 * reports, and {@link de.stammkunde.domain.mail.DeliverMail} sends it later, retrying with back-off — at least
 * once, never lost with a rolled-back transaction, never sent for one that did not commit.
 */
@NullMarked
package de.stammkunde.domain.mail;

import org.jspecify.annotations.NullMarked;
