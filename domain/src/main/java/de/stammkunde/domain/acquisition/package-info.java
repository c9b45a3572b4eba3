/**
 * What acquiring customers costs: the shop's acquisition channels (built-in ones, renameable, and its own),
 * marketing spend per channel and month (entered or imported as CSV), and CAC per channel and period (spend /
 * customers acquired) beside the value those customers bring.
 */
@NullMarked
package de.stammkunde.domain.acquisition;

import org.jspecify.annotations.NullMarked;
