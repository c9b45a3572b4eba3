package de.stammkunde.persistence.customer;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.POINTS_BALANCE;

import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.overview.CustomerListing;
import de.stammkunde.domain.overview.CustomerWithBalance;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Page;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.Routines;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** Customers joined with their balance row (a customer without one shows zero). */
final class JooqCustomerListing implements CustomerListing {
    private final DSLContext dsl;

    JooqCustomerListing(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<CustomerWithBalance> withBalance(ShopId shopId, CustomerId id) {
        return selectWithBalance()
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(id.value()))
                .fetchOptional(JooqCustomerListing::toCustomerWithBalance);
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
                .fetch(JooqCustomerListing::toCustomerWithBalance);
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

    private org.jooq.SelectOnConditionStep<Record> selectWithBalance() {
        return dsl.select(CUSTOMER.fields()).select(POINTS_BALANCE.AVAILABLE, POINTS_BALANCE.PENDING,
                        POINTS_BALANCE.OWED)
                .from(CUSTOMER)
                .leftJoin(POINTS_BALANCE)
                .on(POINTS_BALANCE.SHOP_ID.eq(CUSTOMER.SHOP_ID), POINTS_BALANCE.CUSTOMER_ID.eq(CUSTOMER.CUSTOMER_ID));
    }

    private static CustomerWithBalance toCustomerWithBalance(Record r) {
        Long available = r.get(POINTS_BALANCE.AVAILABLE);
        Long pending = r.get(POINTS_BALANCE.PENDING);
        Long owed = r.get(POINTS_BALANCE.OWED);
        return new CustomerWithBalance(JooqCustomers.toCustomer(r), new Balance(available == null ? 0 : available,
                pending == null ? 0 : pending, owed == null ? 0 : owed));
    }
}
