package de.stammkunde.persistence.history;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE;
import static de.stammkunde.persistence.jooq.Tables.SHOP;

import de.stammkunde.domain.history.PurchaseHistory;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
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
        Set<String> emailsTaken = new HashSet<>(dsl.select(CUSTOMER.EMAIL).from(CUSTOMER)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.EMAIL.in(customers.stream()
                        .map(NewCustomer::email).filter(java.util.Objects::nonNull).toList()))
                .fetch(CUSTOMER.EMAIL));
        int n = customers.size();
        String[] ids = new String[n];
        String[] numbers = new String[n];
        String[] firsts = new String[n];
        String[] lasts = new String[n];
        String[] emails = new String[n];
        String[] channels = new String[n];
        String[] acquired = new String[n];
        String[] refs = new String[n];
        for (int i = 0; i < n; i++) {
            var c = customers.get(i);
            UUID id = UUID.randomUUID();
            ids[i] = id.toString();
            numbers[i] = Long.toString(number++);
            firsts[i] = c.firstName() == null ? "" : c.firstName();
            lasts[i] = c.lastName() == null ? (c.firstName() == null ? c.ref() : "") : c.lastName();
            // an e-mail already used (by another customer, or twice in the file) is left out rather than refused
            emails[i] = c.email() != null && emailsTaken.add(c.email()) ? c.email() : null;
            channels[i] = c.channel().code();
            acquired[i] = c.acquiredOn().toString();
            refs[i] = c.ref();
            created.put(c.ref(), new CustomerId(id));
        }
        // one statement over arrays (unnest): planning a thousand-row VALUES list costs more than the insert
        dsl.execute("""
                INSERT INTO customer (shop_id, customer_id, customer_number, first_name, last_name, email,
                                      acquisition_channel, acquired_on, external_ref, created_by)
                SELECT ?::uuid, u.id::uuid, u.number::bigint, u.first_name, u.last_name, u.email, u.channel,
                       u.acquired::date, u.ref, ?
                FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                            ?::varchar[], ?::varchar[])
                     AS u(id, number, first_name, last_name, email, channel, acquired, ref)
                """, shopId.value(), actor.describe(), ids, numbers, firsts, lasts, emails, channels, acquired, refs);
        dsl.execute("""
                INSERT INTO points_balance (shop_id, customer_id, created_by)
                SELECT ?::uuid, u.id::uuid, ? FROM unnest(?::varchar[]) AS u(id)
                """, shopId.value(), actor.describe(), ids);
        return created;
    }

    @Override
    public Set<String> insertPurchases(ShopId shopId, List<ImportedPurchase> purchases, UUID importId, Actor actor) {
        if (purchases.isEmpty()) {
            return Set.of();
        }
        int n = purchases.size();
        String[] ids = new String[n];
        String[] customers = new String[n];
        String[] amounts = new String[n];
        String[] references = new String[n];
        String[] times = new String[n];
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            var p = purchases.get(i);
            ids[i] = UUID.randomUUID().toString();
            customers[i] = p.customerId().value().toString();
            amounts[i] = p.row().amount().toPlainString();
            references[i] = p.row().externalId();
            times[i] = p.row().purchasedAt().toString();
            keys[i] = p.row().key();
        }
        return new HashSet<>(dsl.resultQuery("""
                INSERT INTO purchase (shop_id, purchase_id, customer_id, amount, currency, reference, occurred_at,
                                      points_earned, created_by, import_key)
                SELECT s.shop_id, u.id::uuid, u.customer::uuid, u.amount::numeric, s.currency, u.reference,
                       u.at::timestamptz, 0, ?, u.key
                FROM shop s, unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                    ?::varchar[]) AS u(id, customer, amount, reference, at, key)
                WHERE s.shop_id = ?::uuid
                ON CONFLICT (shop_id, import_key) WHERE import_key IS NOT NULL DO NOTHING
                RETURNING import_key
                """, "import:" + importId, ids, customers, amounts, references, times, keys, shopId.value())
                .fetch(r -> r.get(0, String.class)));
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
    public void refreshStatistics() {
        dsl.execute("ANALYZE customer, purchase");
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
