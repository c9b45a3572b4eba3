@NullMarked
package de.stammkunde.persistence.integration;

import org.jspecify.annotations.NullMarked;
