/** Complaint cases over HTTP: the console's case lists, one case with its timeline, and each step of the cycle. */
@NullMarked
package de.stammkunde.api.complaint;

import org.jspecify.annotations.NullMarked;
