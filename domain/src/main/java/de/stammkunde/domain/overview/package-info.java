/**
 * Read side across features: a customer as staff and the portal see them — with balance, points history and
 * purchases. Depends on the features it shows; nothing depends on it.
 */
@NullMarked
package de.stammkunde.domain.overview;

import org.jspecify.annotations.NullMarked;
