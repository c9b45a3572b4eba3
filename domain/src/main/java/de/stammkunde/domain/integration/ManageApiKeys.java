package de.stammkunde.domain.integration;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.SecretTokens;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: the owner issues API keys for the till and revokes them. The secret ({@code stk_…}) is shown once;
 * only its SHA-256 hash is stored. Audited. Only a shop whose owner confirmed the address issues keys.
 */
public final class ManageApiKeys {
    public static final String PREFIX = "stk_";

    public record Issued(ApiKey key, String secret) {
    }

    private final ApiKeys keys;
    private final Shops shops;
    private final AuditLog auditLog;
    private final Clock clock;

    public ManageApiKeys(ApiKeys keys, Shops shops, AuditLog auditLog, Clock clock) {
        this.keys = keys;
        this.shops = shops;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Refused until the shop's owner confirmed the address (a till key lets a shop act without anyone logged in). */
    public Issued issue(ShopId shopId, String name, Actor actor) {
        if (!shops.verified(shopId)) {
            Decision.conflict("email-not-verified", null, "Confirm the shop's e-mail address first").orThrow();
        }
        String secret = PREFIX + SecretTokens.newToken();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ApiKey key = new ApiKey(shopId, UUID.randomUUID(), name.strip(), SecretTokens.hash(secret),
                secret.substring(secret.length() - 4), now, null);
        keys.add(key, actor);
        auditLog.record(new AuditEvent(shopId, actor, "api-key.issued", "api-key", key.id().toString(),
                Map.of("name", key.name()), now));
        return new Issued(key, secret);
    }

    public void revoke(ShopId shopId, UUID id, Actor actor) {
        Instant now = clock.instant();
        if (!keys.revoke(shopId, id, now)) {
            throw new NotFoundException("api-key", id);
        }
        auditLog.record(new AuditEvent(shopId, actor, "api-key.revoked", "api-key", id.toString(), Map.of(), now));
    }

    /** The shop's keys, active and revoked (secrets are never shown again). */
    public List<ApiKey> all(ShopId shopId) {
        return keys.all(shopId);
    }

    /** The active key a request's secret belongs to. */
    public Optional<ApiKey> authenticate(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return keys.bySecretHash(SecretTokens.hash(secret)).filter(ApiKey::active);
    }
}
