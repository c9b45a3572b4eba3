@NullMarked
package de.stammkunde.api.integration;

import org.jspecify.annotations.NullMarked;
