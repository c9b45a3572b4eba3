package de.stammkunde.persistence.account;

import de.stammkunde.domain.account.AccountLinks;
import de.stammkunde.domain.account.Accounts;
import org.jooq.DSLContext;

/** The account feature's adapters. */
public final class AccountPersistence {
    private AccountPersistence() {
    }

    public static Accounts accounts(DSLContext dsl) {
        return new JooqAccounts(dsl);
    }

    public static AccountLinks links(DSLContext dsl) {
        return new JooqAccountLinks(dsl);
    }
}
