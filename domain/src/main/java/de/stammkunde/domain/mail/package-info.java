/**
 * E-mail to customers through the transactional outbox: {@link de.stammkunde.domain.mail.MailQueue} queues a mail
 * in the same transaction as the fact it reports, {@link de.stammkunde.domain.mail.MailSender} sends it later for
 * the outbox job — at least once, never lost with a delivery that died, never sent for a transaction that rolled
 * back.
 */
@NullMarked
package de.stammkunde.domain.mail;

import org.jspecify.annotations.NullMarked;
