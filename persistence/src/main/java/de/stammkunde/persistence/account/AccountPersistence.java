package de.stammkunde.persistence.account;

import de.stammkunde.domain.account.AccountLinks;
import de.stammkunde.domain.account.Accounts;
import de.stammkunde.domain.account.SecondFactors;
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

    public static SecondFactors secondFactors(DSLContext dsl) {
        return new JooqSecondFactors(dsl);
    }

    /** The installation's own random secret of this name (made by the migration), if there is one. */
    public static java.util.Optional<String> installationSecret(DSLContext dsl, String name) {
        return dsl.select(de.stammkunde.persistence.jooq.Tables.INSTALLATION_SECRET.SECRET)
                .from(de.stammkunde.persistence.jooq.Tables.INSTALLATION_SECRET)
                .where(de.stammkunde.persistence.jooq.Tables.INSTALLATION_SECRET.NAME.eq(name))
                .fetchOptional(de.stammkunde.persistence.jooq.Tables.INSTALLATION_SECRET.SECRET);
    }
}
