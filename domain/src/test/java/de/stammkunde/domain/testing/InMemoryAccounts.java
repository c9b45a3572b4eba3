package de.stammkunde.domain.testing;

import de.stammkunde.domain.account.Account;
import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.Accounts;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.staff.StaffMember;
import java.util.Optional;
import java.util.UUID;

/** Accounts over the in-memory staff and customers, as the adapter reads them from their two tables. */
public final class InMemoryAccounts implements Accounts {
    private final InMemoryStaff staff;
    private final InMemoryCustomers customers;

    public InMemoryAccounts(InMemoryStaff staff, InMemoryCustomers customers) {
        this.staff = staff;
        this.customers = customers;
    }

    @Override
    public Optional<Account> byEmail(ShopId shopId, AccountKind kind, String normalisedEmail) {
        return kind == AccountKind.STAFF ? staff.byEmail(shopId, normalisedEmail).map(this::of)
                : customers.byEmail(shopId, normalisedEmail).map(c -> of(c));
    }

    @Override
    public Optional<Account> byId(ShopId shopId, AccountKind kind, UUID id) {
        return kind == AccountKind.STAFF ? staff.byId(shopId, new StaffId(id)).map(this::of)
                : customers.byId(shopId, new CustomerId(id)).filter(c -> c.email() != null).map(this::of);
    }

    @Override
    public Optional<String> passwordHash(ShopId shopId, AccountKind kind, UUID id) {
        return kind == AccountKind.STAFF ? staff.byId(shopId, new StaffId(id)).map(StaffMember::passwordHash)
                : customers.passwordHash(shopId, new CustomerId(id));
    }

    @Override
    public void setPasswordHash(ShopId shopId, AccountKind kind, UUID id, String hash) {
        if (kind == AccountKind.STAFF) {
            staff.setPasswordHash(shopId, new StaffId(id), hash);
        } else {
            customers.setPasswordHash(shopId, new CustomerId(id), hash);
        }
    }

    private Account of(StaffMember m) {
        return new Account(m.shopId(), AccountKind.STAFF, m.id().value(), m.email(), m.name(), m.name(),
                Language.DEFAULT, m.active());
    }

    private Account of(Customer c) {
        return new Account(c.shopId(), AccountKind.CUSTOMER, c.id().value(), c.email(), c.firstName(),
                c.firstName() + " " + c.lastName(), c.preferredLanguage(),
                customers.passwordHash(c.shopId(), c.id()).isPresent());
    }
}
