@NullMarked
package de.stammkunde.persistence.tier;

import org.jspecify.annotations.NullMarked;
