/**
 * Service contacts: every conversation with a customer on any channel (phone, e-mail, letter, fax, SMS, web form,
 * social media, chat, in store), with its times and handling time, one history per customer — the raw material of
 * service standards and complaint cases (DOMAIN.md §2–3).
 */
@NullMarked
package de.stammkunde.domain.contact;

import org.jspecify.annotations.NullMarked;
