package de.stammkunde.persistence.history;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.POINTS_BALANCE;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE;
import static de.stammkunde.persistence.jooq.Tables.SHOP;

import de.stammkunde.domain.history.PurchaseHistory;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.support.Timestamps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Multi-row statements: a batch of a thousand lines costs a handful of round trips. */
final class JooqPurchaseHistory implements PurchaseHistory {
    private final DSLContext dsl;

    JooqPurchaseHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<String, CustomerId> findCustomers(ShopId shopId, Collection<String> refs, Map<String, String> emails) {
        Map<String, CustomerId> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        dsl.select(CUSTOMER.EXTERNAL_REF, CUSTOMER.CUSTOMER_ID).from(CUSTOMER)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.EXTERNAL_REF.in(refs))
                .forEach(r -> found.put(r.value1(), new CustomerId(r.value2())));
        Map<String, String> refByEmail = new HashMap<>();
        emails.forEach((ref, email) -> {
            if (!found.containsKey(ref)) {
                refByEmail.putIfAbsent(email, ref);
            }
        });
        if (!refByEmail.isEmpty()) {
            // known by e-mail (enrolled at the till before the import): remember the ref when it has none yet
            var byEmail = dsl.select(CUSTOMER.EMAIL, CUSTOMER.CUSTOMER_ID, CUSTOMER.EXTERNAL_REF).from(CUSTOMER)
                    .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.EMAIL.in(refByEmail.keySet()))
                    .fetch();
            for (var r : byEmail) {
                String ref = refByEmail.get(r.value1());
                found.put(ref, new CustomerId(r.value2()));
                if (r.value3() == null) {
                    dsl.update(CUSTOMER).set(CUSTOMER.EXTERNAL_REF, ref)
                            .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(r.value2()))
                            .execute();
                }
            }
        }
        return found;
    }

    @Override
    public Map<String, CustomerId> createCustomers(ShopId shopId, List<NewCustomer> customers, Actor actor) {
        Map<String, CustomerId> created = new HashMap<>();
        if (customers.isEmpty()) {
            return created;
        }
        long last = dsl.update(SHOP).set(SHOP.NEXT_CUSTOMER_NUMBER, SHOP.NEXT_CUSTOMER_NUMBER.plus(customers.size()))
                .where(SHOP.SHOP_ID.eq(shopId.value())).returning(SHOP.NEXT_CUSTOMER_NUMBER)
                .fetchOne(SHOP.NEXT_CUSTOMER_NUMBER);
        long number = last - customers.size();
        var insert = dsl.insertInto(CUSTOMER, CUSTOMER.SHOP_ID, CUSTOMER.CUSTOMER_ID, CUSTOMER.CUSTOMER_NUMBER,
                CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME, CUSTOMER.EMAIL, CUSTOMER.ACQUISITION_CHANNEL,
                CUSTOMER.ACQUIRED_ON, CUSTOMER.EXTERNAL_REF, CUSTOMER.CREATED_BY);
        var balances = dsl.insertInto(POINTS_BALANCE, POINTS_BALANCE.SHOP_ID, POINTS_BALANCE.CUSTOMER_ID,
                POINTS_BALANCE.CREATED_BY);
        Set<String> emailsTaken = new HashSet<>(dsl.select(CUSTOMER.EMAIL).from(CUSTOMER)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.EMAIL.in(customers.stream()
                        .map(NewCustomer::email).filter(java.util.Objects::nonNull).toList()))
                .fetch(CUSTOMER.EMAIL));
        for (var c : customers) {
            UUID id = UUID.randomUUID();
            // an e-mail already used (by another customer, or twice in the file) is left out rather than refused
            String email = c.email() != null && emailsTaken.add(c.email()) ? c.email() : null;
            String first = c.firstName() == null ? "" : c.firstName();
            String lastName = c.lastName() == null ? (c.firstName() == null ? c.ref() : "") : c.lastName();
            insert = insert.values(shopId.value(), id, number++, first, lastName, email, c.channel().code(),
                    c.acquiredOn(), c.ref(), actor.describe());
            balances = balances.values(shopId.value(), id, actor.describe());
            created.put(c.ref(), new CustomerId(id));
        }
        insert.execute();
        balances.execute();
        return created;
    }

    @Override
    public Set<String> insertPurchases(ShopId shopId, List<ImportedPurchase> purchases, UUID importId, Actor actor) {
        if (purchases.isEmpty()) {
            return Set.of();
        }
        String createdBy = "import:" + importId;
        var insert = dsl.insertInto(PURCHASE, PURCHASE.SHOP_ID, PURCHASE.PURCHASE_ID, PURCHASE.CUSTOMER_ID,
                PURCHASE.AMOUNT, PURCHASE.CURRENCY, PURCHASE.REFERENCE, PURCHASE.OCCURRED_AT, PURCHASE.POINTS_EARNED,
                PURCHASE.CREATED_BY, PURCHASE.IMPORT_KEY);
        String currency = dsl.select(SHOP.CURRENCY).from(SHOP).where(SHOP.SHOP_ID.eq(shopId.value()))
                .fetchOne(SHOP.CURRENCY);
        for (var p : purchases) {
            var row = p.row();
            insert = insert.values(shopId.value(), UUID.randomUUID(), p.customerId().value(), row.amount(), currency,
                    row.externalId(), Timestamps.utc(row.purchasedAt()), 0L, createdBy, row.key());
        }
        return new HashSet<>(insert.onConflict(PURCHASE.SHOP_ID, PURCHASE.IMPORT_KEY)
                .where(PURCHASE.IMPORT_KEY.isNotNull()).doNothing()
                .returning(PURCHASE.IMPORT_KEY).fetch(PURCHASE.IMPORT_KEY));
    }

    @Override
    public Set<String> existingKeys(ShopId shopId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.select(PURCHASE.IMPORT_KEY).from(PURCHASE)
                .where(PURCHASE.SHOP_ID.eq(shopId.value()), PURCHASE.IMPORT_KEY.in(keys))
                .fetch(PURCHASE.IMPORT_KEY));
    }

    @Override
    public void tagImported(ShopId shopId, PurchaseId purchaseId, String key) {
        dsl.update(PURCHASE).set(PURCHASE.IMPORT_KEY, key)
                .where(PURCHASE.SHOP_ID.eq(shopId.value()), PURCHASE.PURCHASE_ID.eq(purchaseId.value()))
                .execute();
    }

    @Override
    public void backdateAcquisition(ShopId shopId, Map<CustomerId, LocalDate> firstPurchase) {
        if (firstPurchase.isEmpty()) {
            return;
        }
        var rows = new ArrayList<org.jooq.Row2<UUID, LocalDate>>();
        firstPurchase.forEach((id, day) -> rows.add(DSL.row(id.value(), day)));
        var v = DSL.values(rows.toArray(org.jooq.Row2[]::new)).as("v", "customer_id", "first_day");
        var vId = v.field("customer_id", UUID.class);
        var vDay = v.field("first_day", LocalDate.class);
        dsl.update(CUSTOMER).set(CUSTOMER.ACQUIRED_ON, vDay).from(v)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(vId),
                        CUSTOMER.ACQUIRED_ON.gt(vDay))
                .execute();
    }
}
