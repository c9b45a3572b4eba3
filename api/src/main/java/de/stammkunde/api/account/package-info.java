@NullMarked
package de.stammkunde.api.account;

import org.jspecify.annotations.NullMarked;
