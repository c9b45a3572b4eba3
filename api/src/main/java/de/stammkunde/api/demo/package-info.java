@NullMarked
package de.stammkunde.api.demo;

import org.jspecify.annotations.NullMarked;
