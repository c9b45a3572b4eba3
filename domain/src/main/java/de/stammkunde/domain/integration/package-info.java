@NullMarked
package de.stammkunde.domain.integration;

import org.jspecify.annotations.NullMarked;
