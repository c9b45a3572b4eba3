/** The mail outbox. */
@NullMarked
package de.stammkunde.persistence.mail;

import org.jspecify.annotations.NullMarked;
