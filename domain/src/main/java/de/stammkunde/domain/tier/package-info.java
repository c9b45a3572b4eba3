@NullMarked
package de.stammkunde.domain.tier;

import org.jspecify.annotations.NullMarked;
