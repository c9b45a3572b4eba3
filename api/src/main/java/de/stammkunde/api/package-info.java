@NullMarked
package de.stammkunde.api;

import org.jspecify.annotations.NullMarked;
