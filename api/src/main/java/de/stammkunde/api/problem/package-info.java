@NullMarked
package de.stammkunde.api.problem;

import org.jspecify.annotations.NullMarked;
