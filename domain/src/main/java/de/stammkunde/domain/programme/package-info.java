@NullMarked
package de.stammkunde.domain.programme;

import org.jspecify.annotations.NullMarked;
