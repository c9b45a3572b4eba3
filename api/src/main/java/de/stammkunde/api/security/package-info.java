@NullMarked
package de.stammkunde.api.security;

import org.jspecify.annotations.NullMarked;
