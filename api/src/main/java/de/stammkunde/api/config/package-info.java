@NullMarked
package de.stammkunde.api.config;

import org.jspecify.annotations.NullMarked;
