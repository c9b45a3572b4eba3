@NullMarked
package de.stammkunde.api.purchase;

import org.jspecify.annotations.NullMarked;
