@NullMarked
package de.stammkunde.api.reward;

import org.jspecify.annotations.NullMarked;
