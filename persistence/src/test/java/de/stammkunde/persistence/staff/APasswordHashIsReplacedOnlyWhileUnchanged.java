package de.stammkunde.persistence.staff;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffRole;
import de.stammkunde.persistence.PersistenceTestSupport;
import de.stammkunde.persistence.customer.CustomerPersistence;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * The upgrade of a hash after login replaces exactly the hash that was checked: a password changed in between
 * (another hash) is kept, and another shop's id finds nothing.
 */
class APasswordHashIsReplacedOnlyWhileUnchanged {
    private final DSLContext dsl = PersistenceTestSupport.dsl();

    @Test
    void aStaffMembersHash() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Shop other = PersistenceTestSupport.newShop(dsl);
        var staff = StaffPersistence.staffMembers(dsl);
        StaffMember member = new StaffMember(shop.id(), StaffId.newId(), "Alex Agent", "alex@example.de",
                StaffRole.AGENT, "{bcrypt}old", true);
        staff.add(member, Actor.SYSTEM);

        assertThat(staff.replacePasswordHash(other.id(), member.id(), "{bcrypt}old", "{argon2}new")).isFalse();
        assertThat(staff.replacePasswordHash(shop.id(), member.id(), "{bcrypt}changed", "{argon2}new")).isFalse();
        assertThat(staff.byId(shop.id(), member.id()).orElseThrow().passwordHash()).isEqualTo("{bcrypt}old");

        assertThat(staff.replacePasswordHash(shop.id(), member.id(), "{bcrypt}old", "{argon2}new")).isTrue();
        assertThat(staff.byId(shop.id(), member.id()).orElseThrow().passwordHash()).isEqualTo("{argon2}new");
    }

    @Test
    void aCustomersHash() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Shop other = PersistenceTestSupport.newShop(dsl);
        Customer customer = PersistenceTestSupport.newCustomer(dsl, shop);
        var customers = CustomerPersistence.customers(dsl);
        customers.setPasswordHash(shop.id(), customer.id(), "{bcrypt}old");

        assertThat(customers.replacePasswordHash(other.id(), customer.id(), "{bcrypt}old", "{argon2}new")).isFalse();
        assertThat(customers.replacePasswordHash(shop.id(), customer.id(), "{bcrypt}changed", "{argon2}new"))
                .isFalse();
        assertThat(customers.passwordHash(shop.id(), customer.id())).hasValue("{bcrypt}old");

        assertThat(customers.replacePasswordHash(shop.id(), customer.id(), "{bcrypt}old", "{argon2}new")).isTrue();
        assertThat(customers.passwordHash(shop.id(), customer.id())).hasValue("{argon2}new");
    }
}
