/** E-mail: texts from the message bundles, delivery by SMTP (or to the log when no mail server is configured). */
@NullMarked
package de.stammkunde.api.mail;

import org.jspecify.annotations.NullMarked;
