package de.stammkunde.domain.integration;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: API keys. */
public interface ApiKeys {
    void add(ApiKey key, Actor actor);

    Optional<ApiKey> bySecretHash(String secretHash);

    List<ApiKey> all(ShopId shopId);

    /** Revokes it; false if there is no such active key. */
    boolean revoke(ShopId shopId, UUID id, Instant at);
}
