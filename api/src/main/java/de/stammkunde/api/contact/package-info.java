/** Service contacts over HTTP: recording them and the customer's contact history. */
@NullMarked
package de.stammkunde.api.contact;

import org.jspecify.annotations.NullMarked;
