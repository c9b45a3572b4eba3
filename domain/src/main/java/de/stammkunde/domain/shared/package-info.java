@NullMarked
package de.stammkunde.domain.shared;

import org.jspecify.annotations.NullMarked;
