package de.stammkunde.domain.account;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Port: mailed one-time links of accounts. */
public interface AccountLinks {
    void add(AccountLink link, Actor actor);

    Optional<AccountLink> byTokenHash(String tokenHash);

    /** Marks it used; false if it was used already (a concurrent use lost the race). */
    boolean markUsed(ShopId shopId, UUID id, Instant at);

    /** The account's open links of this purpose stop working (a new one was sent, or the password changed). */
    void revokeOpen(ShopId shopId, AccountKind kind, UUID accountId, AccountLink.Purpose purpose, Instant at);
}
