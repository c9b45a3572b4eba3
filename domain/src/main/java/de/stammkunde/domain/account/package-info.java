/**
 * People's access: signing up a shop with its owner, passwords (change, reset by a mailed link), confirming an owner's
 * e-mail address. Works for staff and customers alike through the {@link de.stammkunde.domain.account.Accounts} port.
 */
@NullMarked
package de.stammkunde.domain.account;

import org.jspecify.annotations.NullMarked;
