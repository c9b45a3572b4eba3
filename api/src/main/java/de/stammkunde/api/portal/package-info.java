@NullMarked
package de.stammkunde.api.portal;

import org.jspecify.annotations.NullMarked;
