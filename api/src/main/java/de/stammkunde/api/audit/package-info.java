@NullMarked
package de.stammkunde.api.audit;

import org.jspecify.annotations.NullMarked;
