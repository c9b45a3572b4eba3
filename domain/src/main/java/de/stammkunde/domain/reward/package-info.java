@NullMarked
package de.stammkunde.domain.reward;

import org.jspecify.annotations.NullMarked;
