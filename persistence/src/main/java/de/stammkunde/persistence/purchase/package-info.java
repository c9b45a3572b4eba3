@NullMarked
package de.stammkunde.persistence.purchase;

import org.jspecify.annotations.NullMarked;
