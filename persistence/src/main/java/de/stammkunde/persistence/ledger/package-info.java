@NullMarked
package de.stammkunde.persistence.ledger;

import org.jspecify.annotations.NullMarked;
