package de.stammkunde.persistence.account;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;
import static de.stammkunde.persistence.jooq.Tables.STAFF_USER;

import de.stammkunde.domain.account.Account;
import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.Accounts;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.ShopId;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Accounts are rows of staff_user (staff) or customer (customers with an e-mail). */
final class JooqAccounts implements Accounts {
    private final DSLContext dsl;

    JooqAccounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Account> byEmail(ShopId shopId, AccountKind kind, String normalisedEmail) {
        return kind == AccountKind.STAFF
                ? staff(STAFF_USER.SHOP_ID.eq(shopId.value()).and(STAFF_USER.EMAIL.eq(normalisedEmail)))
                : customer(CUSTOMER.SHOP_ID.eq(shopId.value()).and(CUSTOMER.EMAIL.eq(normalisedEmail)));
    }

    @Override
    public Optional<Account> byId(ShopId shopId, AccountKind kind, UUID id) {
        return kind == AccountKind.STAFF
                ? staff(STAFF_USER.SHOP_ID.eq(shopId.value()).and(STAFF_USER.STAFF_ID.eq(id)))
                : customer(CUSTOMER.SHOP_ID.eq(shopId.value()).and(CUSTOMER.CUSTOMER_ID.eq(id)));
    }

    @Override
    public Optional<String> passwordHash(ShopId shopId, AccountKind kind, UUID id) {
        return kind == AccountKind.STAFF
                ? dsl.select(STAFF_USER.PASSWORD_HASH).from(STAFF_USER)
                        .where(STAFF_USER.SHOP_ID.eq(shopId.value()), STAFF_USER.STAFF_ID.eq(id))
                        .fetchOptional(STAFF_USER.PASSWORD_HASH)
                : dsl.select(CUSTOMER.PASSWORD_HASH).from(CUSTOMER)
                        .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(id))
                        .fetchOptional(CUSTOMER.PASSWORD_HASH);
    }

    @Override
    public void setPasswordHash(ShopId shopId, AccountKind kind, UUID id, String hash) {
        if (kind == AccountKind.STAFF) {
            dsl.update(STAFF_USER).set(STAFF_USER.PASSWORD_HASH, hash)
                    .where(STAFF_USER.SHOP_ID.eq(shopId.value()), STAFF_USER.STAFF_ID.eq(id)).execute();
        } else {
            dsl.update(CUSTOMER).set(CUSTOMER.PASSWORD_HASH, hash)
                    .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(id)).execute();
        }
    }

    private Optional<Account> staff(Condition condition) {
        return dsl.select(STAFF_USER.SHOP_ID, STAFF_USER.STAFF_ID, STAFF_USER.EMAIL, STAFF_USER.NAME,
                        STAFF_USER.ACTIVE)
                .from(STAFF_USER).where(condition)
                .fetchOptional(r -> new Account(new ShopId(r.value1()), AccountKind.STAFF, r.value2(), r.value3(),
                        r.value4(), r.value4(), Language.DEFAULT, r.value5()));
    }

    private Optional<Account> customer(Condition condition) {
        return dsl.select(CUSTOMER.SHOP_ID, CUSTOMER.CUSTOMER_ID, CUSTOMER.EMAIL, CUSTOMER.FIRST_NAME,
                        CUSTOMER.LAST_NAME, CUSTOMER.LANGUAGE, CUSTOMER.PASSWORD_HASH)
                .from(CUSTOMER).where(condition.and(CUSTOMER.EMAIL.isNotNull()))
                .fetchOptional(JooqAccounts::toCustomerAccount);
    }

    private static Account toCustomerAccount(Record r) {
        String language = r.get(CUSTOMER.LANGUAGE);
        return new Account(new ShopId(r.get(CUSTOMER.SHOP_ID)), AccountKind.CUSTOMER, r.get(CUSTOMER.CUSTOMER_ID),
                r.get(CUSTOMER.EMAIL), r.get(CUSTOMER.FIRST_NAME),
                r.get(CUSTOMER.FIRST_NAME) + " " + r.get(CUSTOMER.LAST_NAME),
                language == null ? Language.DEFAULT : Language.of(language).orElse(Language.DEFAULT),
                r.get(CUSTOMER.PASSWORD_HASH) != null);
    }
}
