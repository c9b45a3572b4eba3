package de.stammkunde.persistence.integration;

import static de.stammkunde.persistence.jooq.Tables.API_KEY;

import de.stammkunde.domain.integration.ApiKey;
import de.stammkunde.domain.integration.ApiKeys;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.ApiKeyRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

final class JooqApiKeys implements ApiKeys {
    private final DSLContext dsl;

    JooqApiKeys(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(ApiKey key, Actor actor) {
        dsl.insertInto(API_KEY)
                .set(API_KEY.SHOP_ID, key.shopId().value())
                .set(API_KEY.KEY_ID, key.id())
                .set(API_KEY.NAME, key.name())
                .set(API_KEY.SECRET_HASH, key.secretHash())
                .set(API_KEY.HINT, key.hint())
                .set(API_KEY.CREATED_AT, Timestamps.utc(key.createdAt()))
                .set(API_KEY.CREATED_BY, actor.describe())
                .execute();
    }

    @Override
    public Optional<ApiKey> bySecretHash(String secretHash) {
        return dsl.selectFrom(API_KEY).where(API_KEY.SECRET_HASH.eq(secretHash)).fetchOptional(JooqApiKeys::toKey);
    }

    @Override
    public List<ApiKey> all(ShopId shopId) {
        return dsl.selectFrom(API_KEY).where(API_KEY.SHOP_ID.eq(shopId.value())).orderBy(API_KEY.CREATED_AT.desc())
                .fetch(JooqApiKeys::toKey);
    }

    @Override
    public boolean revoke(ShopId shopId, UUID id, Instant at) {
        return dsl.update(API_KEY).set(API_KEY.REVOKED_AT, Timestamps.utc(at))
                .where(API_KEY.SHOP_ID.eq(shopId.value()), API_KEY.KEY_ID.eq(id), API_KEY.REVOKED_AT.isNull())
                .execute() == 1;
    }

    private static ApiKey toKey(ApiKeyRecord r) {
        return new ApiKey(new ShopId(r.getShopId()), r.getKeyId(), r.getName(), r.getSecretHash(), r.getHint(),
                r.getCreatedAt().toInstant(), Timestamps.instantOrNull(r.getRevokedAt()));
    }
}
