package de.stammkunde.domain.account;

import de.stammkunde.domain.shared.ShopId;
import java.util.Optional;
import java.util.UUID;

/** Port: staff and customer accounts, as far as signing in is concerned. */
public interface Accounts {
    Optional<Account> byEmail(ShopId shopId, AccountKind kind, String normalisedEmail);

    Optional<Account> byId(ShopId shopId, AccountKind kind, UUID id);

    Optional<String> passwordHash(ShopId shopId, AccountKind kind, UUID id);

    void setPasswordHash(ShopId shopId, AccountKind kind, UUID id, String hash);
}
