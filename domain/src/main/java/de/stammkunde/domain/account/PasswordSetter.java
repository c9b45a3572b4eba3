package de.stammkunde.domain.account;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.PasswordPolicy;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.Rejection;
import de.stammkunde.domain.shared.ShopWords;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place a new password of an existing account passes on its way to a hash: the password rules first
 * ({@link PasswordPolicy}: length, common and breached passwords, nothing built from the shop's or the person's
 * name), then the hasher.
 */
public final class PasswordSetter {
    private final PasswordHasher hasher;
    private final ShopWords shopWords;

    public PasswordSetter(PasswordHasher hasher, ShopWords shopWords) {
        this.hasher = hasher;
        this.shopWords = shopWords;
    }

    /**
     * The hash of the account's new password; a rejection naming {@code field} (the request's name for the new
     * password) when the rules refuse it.
     */
    public String hashFor(Account account, String newPassword, String field) {
        List<String> context = new ArrayList<>(shopWords.of(account.shopId()));
        context.add(account.fullName());
        context.add(account.email());
        Decision decision = PasswordPolicy.check(newPassword, context.toArray(String[]::new));
        if (decision instanceof Decision.Rejected(Rejection r)) {
            throw new RejectedException(new Rejection(r.code(), field, r.message(), r.args(), r.conflict()));
        }
        return hasher.hash(newPassword);
    }
}
