@NullMarked
package de.stammkunde.persistence.account;

import org.jspecify.annotations.NullMarked;
