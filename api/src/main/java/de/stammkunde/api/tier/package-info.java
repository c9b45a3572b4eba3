@NullMarked
package de.stammkunde.api.tier;

import org.jspecify.annotations.NullMarked;
