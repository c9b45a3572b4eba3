@NullMarked
package de.stammkunde.api.expiry;

import org.jspecify.annotations.NullMarked;
