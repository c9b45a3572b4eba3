package de.stammkunde.domain.account;

import de.stammkunde.domain.shared.PasswordHasher;

/**
 * The one place a new password passes on its way to a hash: the password rules first (a rejection names the field
 * {@code password}), then the hasher.
 */
public final class PasswordSetter {
    private final PasswordHasher hasher;

    public PasswordSetter(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** The hash of the account's new password, or a rejection when the rules refuse it. */
    public String hashFor(Account account, String newPassword) {
        return hasher.hash(newPassword);
    }
}
