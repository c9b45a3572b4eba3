/** The contact feature's adapters. */
@NullMarked
package de.stammkunde.persistence.contact;

import org.jspecify.annotations.NullMarked;
