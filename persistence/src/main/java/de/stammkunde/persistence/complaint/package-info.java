/** Complaint cases in PostgreSQL: the case row, its actions and its append-only timeline. */
@NullMarked
package de.stammkunde.persistence.complaint;

import org.jspecify.annotations.NullMarked;
