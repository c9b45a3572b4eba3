@NullMarked
package de.stammkunde.domain.purchase;

import org.jspecify.annotations.NullMarked;
