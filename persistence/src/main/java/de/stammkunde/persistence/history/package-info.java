/** History imports in PostgreSQL: jobs, their files in 1 MB chunks, errors, and the bulk inserts of a batch. */
@NullMarked
package de.stammkunde.persistence.history;

import org.jspecify.annotations.NullMarked;
