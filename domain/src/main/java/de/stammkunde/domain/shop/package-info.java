@NullMarked
package de.stammkunde.domain.shop;

import org.jspecify.annotations.NullMarked;
