@NullMarked
package de.stammkunde.domain.ledger;

import org.jspecify.annotations.NullMarked;
