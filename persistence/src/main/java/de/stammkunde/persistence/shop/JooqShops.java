package de.stammkunde.persistence.shop;

import static de.stammkunde.persistence.jooq.Tables.SHOP;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.persistence.jooq.tables.records.ShopRecord;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import org.jooq.DSLContext;

final class JooqShops implements Shops {
    private final DSLContext dsl;

    JooqShops(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean add(Shop shop, Actor actor) {
        return dsl.insertInto(SHOP)
                .set(SHOP.SHOP_ID, shop.id().value())
                .set(SHOP.SLUG, shop.slug())
                .set(SHOP.NAME, shop.name())
                .set(SHOP.CURRENCY, shop.currency().getCurrencyCode())
                .set(SHOP.TIME_ZONE, shop.timeZone().getId())
                .set(SHOP.CREATED_BY, actor.describe())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<Shop> byId(ShopId id) {
        return dsl.selectFrom(SHOP).where(SHOP.SHOP_ID.eq(id.value())).fetchOptional(JooqShops::toShop);
    }

    @Override
    public Optional<Shop> bySlug(String slug) {
        return dsl.selectFrom(SHOP).where(SHOP.SLUG.eq(slug)).fetchOptional(JooqShops::toShop);
    }

    @Override
    public java.util.List<Shop> all() {
        return dsl.selectFrom(SHOP).orderBy(SHOP.SHOP_ID).fetch(JooqShops::toShop);
    }

    @Override
    public boolean verified(ShopId id) {
        return dsl.fetchExists(SHOP, SHOP.SHOP_ID.eq(id.value()), SHOP.VERIFIED_AT.isNotNull());
    }

    @Override
    public boolean markVerified(ShopId id, java.time.Instant at) {
        return dsl.update(SHOP).set(SHOP.VERIFIED_AT, de.stammkunde.persistence.support.Timestamps.utc(at))
                .where(SHOP.SHOP_ID.eq(id.value()), SHOP.VERIFIED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public long nextCustomerNumber(ShopId id) {
        // Row lock on the shop row: concurrent enrolments get consecutive, unique numbers.
        return dsl.update(SHOP)
                .set(SHOP.NEXT_CUSTOMER_NUMBER, SHOP.NEXT_CUSTOMER_NUMBER.plus(1))
                .where(SHOP.SHOP_ID.eq(id.value()))
                .returning(SHOP.NEXT_CUSTOMER_NUMBER)
                .fetchOptional()
                .map(r -> r.get(SHOP.NEXT_CUSTOMER_NUMBER) - 1)
                .orElseThrow(() -> new IllegalStateException("no shop " + id));
    }

    private static Shop toShop(ShopRecord r) {
        return new Shop(new ShopId(r.getShopId()), r.getSlug(), r.getName(), Currency.getInstance(r.getCurrency()),
                ZoneId.of(r.getTimeZone()));
    }
}
