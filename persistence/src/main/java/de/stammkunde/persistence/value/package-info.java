/** Customer value in PostgreSQL: settings, per-customer purchase summaries (computed in SQL), model runs, scores. */
@NullMarked
package de.stammkunde.persistence.value;

import org.jspecify.annotations.NullMarked;
