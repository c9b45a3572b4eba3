@NullMarked
package de.stammkunde.persistence.programme;

import org.jspecify.annotations.NullMarked;
