@NullMarked
package de.stammkunde.persistence.shop;

import org.jspecify.annotations.NullMarked;
