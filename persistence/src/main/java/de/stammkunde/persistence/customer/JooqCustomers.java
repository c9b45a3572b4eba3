package de.stammkunde.persistence.customer;

import static de.stammkunde.persistence.jooq.Tables.ACQUISITION_CHANNEL;
import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.support.Timestamps;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.Record;

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
                .set(CUSTOMER.ACQUISITION_CHANNEL, customer.acquisitionChannel().code())
                .set(CUSTOMER.ACQUIRED_ON, customer.acquiredOn())
                .set(CUSTOMER.LANGUAGE, customer.language() == null ? null : customer.language().code())
                .set(CUSTOMER.CREATED_AT, Timestamps.utc(customer.createdAt()))
                .set(CUSTOMER.CREATED_BY, actor.describe())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public boolean update(Customer customer) {
        try {
            return dsl.update(CUSTOMER)
                    .set(CUSTOMER.FIRST_NAME, customer.firstName())
                    .set(CUSTOMER.LAST_NAME, customer.lastName())
                    .set(CUSTOMER.EMAIL, customer.email())
                    .set(CUSTOMER.PHONE, customer.phone())
                    .where(CUSTOMER.SHOP_ID.eq(customer.shopId().value()),
                            CUSTOMER.CUSTOMER_ID.eq(customer.id().value()))
                    .execute() == 1;
        } catch (IntegrityConstraintViolationException e) {
            return false; // the shop's unique e-mail index: another customer got the address first
        }
    }

    @Override
    public Optional<Customer> byId(ShopId shopId, CustomerId id) {
        return dsl.select(CUSTOMER.fields()).from(CUSTOMER)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(id.value()))
                .fetchOptional(JooqCustomers::toCustomer);
    }

    @Override
    public boolean hasChannel(ShopId shopId, AcquisitionChannel channel) {
        return dsl.fetchExists(ACQUISITION_CHANNEL, ACQUISITION_CHANNEL.SHOP_ID.eq(shopId.value()),
                ACQUISITION_CHANNEL.CODE.eq(channel.code()));
    }

    @Override
    public Optional<Customer> byEmail(ShopId shopId, String normalisedEmail) {
        return dsl.select(CUSTOMER.fields()).from(CUSTOMER)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.EMAIL.eq(normalisedEmail))
                .fetchOptional(JooqCustomers::toCustomer);
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
    public boolean replacePasswordHash(ShopId shopId, CustomerId id, String expected, String replacement) {
        return dsl.update(CUSTOMER).set(CUSTOMER.PASSWORD_HASH, replacement)
                .where(CUSTOMER.SHOP_ID.eq(shopId.value()), CUSTOMER.CUSTOMER_ID.eq(id.value()),
                        CUSTOMER.PASSWORD_HASH.eq(expected))
                .execute() == 1;
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

    static Customer toCustomer(Record r) {
        return new Customer(new ShopId(r.get(CUSTOMER.SHOP_ID)), new CustomerId(r.get(CUSTOMER.CUSTOMER_ID)),
                r.get(CUSTOMER.CUSTOMER_NUMBER), r.get(CUSTOMER.FIRST_NAME), r.get(CUSTOMER.LAST_NAME),
                r.get(CUSTOMER.EMAIL), r.get(CUSTOMER.PHONE),
                new AcquisitionChannel(r.get(CUSTOMER.ACQUISITION_CHANNEL)), r.get(CUSTOMER.ACQUIRED_ON),
                r.get(CUSTOMER.PASSWORD_HASH) != null, r.get(CUSTOMER.CREATED_AT).toInstant(),
                r.get(CUSTOMER.LANGUAGE) == null ? null : Language.of(r.get(CUSTOMER.LANGUAGE)).orElse(null));
    }
}
