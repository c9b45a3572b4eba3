@NullMarked
package de.stammkunde.persistence.support;

import org.jspecify.annotations.NullMarked;
