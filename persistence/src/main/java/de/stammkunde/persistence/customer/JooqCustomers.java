package de.stammkunde.persistence.customer;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.POINTS_BALANCE;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.customer.CustomerWithBalance;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.Page;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.support.Timestamps;
import java.util.Optional;
import org.jooq.Condition;
import de.stammkunde.persistence.jooq.Routines;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.jooq.Record;
import org.jooq.impl.DSL;

final class JooqCustomers implements Customers {
    private final DSLContext dsl;

    JooqCustomers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean add(Customer customer, Actor actor) {
        return dsl.insertInto(CUSTOMER)
                .set(CUSTOMER.SHOP_ID, customer.shopId().value())
                .set(CUSTOMER.CUSTOMER_ID, customer.id().value())
                .set(CUSTOMER.CUSTOMER_NUMBER, customer.number())
                .set(CUSTOMER.FIRST_NAME, customer.firstName())
                .set(CUSTOMER.LAST_NAME, customer.lastName())
                .set(CUSTOMER.EMAIL, customer.email())
                .set(CUSTOMER.PHONE, customer.phone())
                .set(CUSTOMER.ACQUISITION_CHANNEL, customer.acquisitionChannel().name())
                .set(CUSTOMER.ACQUIRED_ON, customer.acquiredOn())
                .set(CUSTOMER.LANGUAGE, customer.language() == null ? null : customer.language().code())
                .set(CUSTOMER.CREATED_AT, Timestamps.utc(customer.createdAt()))
                .set(CUSTOMER.CREATED_BY, actor.describe())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<Customer> byId(ShopId shopId, CustomerId id) {
        return dsl.select(CUSTOMER.fields()).from(CUSTOMER)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(id.value()))
                .fetchOptional(JooqCustomers::toCustomer);
    }

    @Override
    public Optional<CustomerWithBalance> withBalance(ShopId shopId, CustomerId id) {
        return selectWithBalance()
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(id.value()))
                .fetchOptional(JooqCustomers::toCustomerWithBalance);
    }

    @Override
    public Optional<Customer> byEmail(ShopId shopId, String normalisedEmail) {
        return dsl.select(CUSTOMER.fields()).from(CUSTOMER)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.EMAIL.eq(normalisedEmail))
                .fetchOptional(JooqCustomers::toCustomer);
    }

    @Override
    public Page<CustomerWithBalance> search(ShopId shopId, String query, int page, int size) {
        Condition condition = CUSTOMER.SHOP_ID.eq(shopId.value());
        String q = query.strip();
        if (!q.isEmpty()) {
            // search_text: name and e-mail through search_key() (umlauts spelled out, accents dropped, lower
            // case), then the phone's digits; see migration 013.
            Condition matches = CUSTOMER.SEARCH_TEXT.contains(Routines.searchKey(DSL.val(q)))
                    .or(CUSTOMER.CUSTOMER_NUMBER.cast(String.class).startsWith(q));
            String digits = phoneDigits(q);
            if (digits != null) {
                matches = matches.or(CUSTOMER.SEARCH_TEXT.contains(digits));
            }
            condition = condition.and(matches);
        }
        long total = dsl.fetchCount(CUSTOMER, condition);
        var items = selectWithBalance()
                .where(condition)
                .orderBy(DSL.lower(CUSTOMER.LAST_NAME), DSL.lower(CUSTOMER.FIRST_NAME), CUSTOMER.CUSTOMER_NUMBER)
                .limit(size)
                .offset((long) page * size)
                .fetch(JooqCustomers::toCustomerWithBalance);
        return new Page<>(items, page, size, total);
    }

    /**
     * The digits to look for when the query looks like a phone number (digits and the usual separators, at least
     * four digits), without the national "0" or international "00"/"+" prefix, and for a German "+49" number also
     * without the country code: "0171 2345" finds "+49 171 2345" and the other way round.
     */
    static @Nullable String phoneDigits(String query) {
        if (!query.matches("[0-9 +()/.\\-]+")) {
            return null;
        }
        String digits = query.replaceAll("[^0-9]", "");
        if (digits.length() < 4) {
            return null;
        }
        String international = query.strip().startsWith("+") ? digits : digits.startsWith("00")
                ? digits.substring(2) : null;
        if (international != null) {
            return international.startsWith("49") && international.length() > 6 ? international.substring(2)
                    : international;
        }
        return digits.startsWith("0") ? digits.substring(1) : digits;
    }

    @Override
    public Optional<String> passwordHash(ShopId shopId, CustomerId id) {
        return dsl.select(CUSTOMER.PASSWORD_HASH).from(CUSTOMER)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(id.value()))
                .fetchOptional(CUSTOMER.PASSWORD_HASH);
    }

    @Override
    public void setPasswordHash(ShopId shopId, CustomerId id, String hash) {
        dsl.update(CUSTOMER).set(CUSTOMER.PASSWORD_HASH, hash)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(id.value()))
                .execute();
    }

    @Override
    public void setReferredBy(ShopId shopId, CustomerId id, CustomerId referrer) {
        dsl.update(CUSTOMER).set(CUSTOMER.REFERRED_BY, referrer.value())
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(id.value()))
                .execute();
    }

    @Override
    public void setLanguage(ShopId shopId, CustomerId id, Language language) {
        dsl.update(CUSTOMER).set(CUSTOMER.LANGUAGE, language.code())
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(id.value()),
                        CUSTOMER.LANGUAGE.isDistinctFrom(language.code()))
                .execute();
    }

    private org.jooq.SelectOnConditionStep<Record> selectWithBalance() {
        return dsl.select(CUSTOMER.fields()).select(POINTS_BALANCE.AVAILABLE, POINTS_BALANCE.PENDING,
                        POINTS_BALANCE.OWED)
                .from(CUSTOMER)
                .leftJoin(POINTS_BALANCE)
                .on(POINTS_BALANCE.SHOP_ID.eq(CUSTOMER.SHOP_ID), POINTS_BALANCE.CUSTOMER_ID.eq(CUSTOMER.CUSTOMER_ID));
    }

    static Customer toCustomer(Record r) {
        return new Customer(new ShopId(r.get(CUSTOMER.SHOP_ID)), new CustomerId(r.get(CUSTOMER.CUSTOMER_ID)),
                r.get(CUSTOMER.CUSTOMER_NUMBER), r.get(CUSTOMER.FIRST_NAME), r.get(CUSTOMER.LAST_NAME),
                r.get(CUSTOMER.EMAIL), r.get(CUSTOMER.PHONE),
                AcquisitionChannel.valueOf(r.get(CUSTOMER.ACQUISITION_CHANNEL)), r.get(CUSTOMER.ACQUIRED_ON),
                r.get(CUSTOMER.PASSWORD_HASH) != null, r.get(CUSTOMER.CREATED_AT).toInstant(),
                r.get(CUSTOMER.LANGUAGE) == null ? null : Language.of(r.get(CUSTOMER.LANGUAGE)).orElse(null));
    }

    private static CustomerWithBalance toCustomerWithBalance(Record r) {
        Long available = r.get(POINTS_BALANCE.AVAILABLE);
        Long pending = r.get(POINTS_BALANCE.PENDING);
        Long owed = r.get(POINTS_BALANCE.OWED);
        return new CustomerWithBalance(toCustomer(r), new Balance(available == null ? 0 : available,
                pending == null ? 0 : pending, owed == null ? 0 : owed));
    }
}
