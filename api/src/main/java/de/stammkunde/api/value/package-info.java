/**
 * Customer value over HTTP: acquisition channels, marketing spend and CAC, purchase-history imports (and the worker
 * that runs them), value settings, lifetime-value models and the owner's dashboard.
 */
@NullMarked
package de.stammkunde.api.value;

import org.jspecify.annotations.NullMarked;
