@NullMarked
package de.stammkunde.persistence.audit;

import org.jspecify.annotations.NullMarked;
