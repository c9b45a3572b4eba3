/**
 * Input that cannot crash anything: one rule for control characters and broken Unicode ({@link TextRule}),
 * applied at the edge to query parameters and headers ({@link UnsafeInputFilter}), path variables
 * ({@link PathVariableGuard}) and every string of a JSON body ({@link JsonBodyGuard}).
 */
@NullMarked
package de.stammkunde.api.input;

import org.jspecify.annotations.NullMarked;
