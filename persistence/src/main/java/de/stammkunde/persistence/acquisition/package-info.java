/** Acquisition channels, marketing spend and the figures behind CAC in PostgreSQL. */
@NullMarked
package de.stammkunde.persistence.acquisition;

import org.jspecify.annotations.NullMarked;
