@NullMarked
package de.stammkunde.api.ledger;

import org.jspecify.annotations.NullMarked;
