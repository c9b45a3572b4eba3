@NullMarked
package de.stammkunde.api.programme;

import org.jspecify.annotations.NullMarked;
