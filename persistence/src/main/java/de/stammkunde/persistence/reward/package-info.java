@NullMarked
package de.stammkunde.persistence.reward;

import org.jspecify.annotations.NullMarked;
