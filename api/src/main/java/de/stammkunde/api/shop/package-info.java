@NullMarked
package de.stammkunde.api.shop;

import org.jspecify.annotations.NullMarked;
