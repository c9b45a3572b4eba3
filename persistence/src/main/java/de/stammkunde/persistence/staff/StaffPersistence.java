package de.stammkunde.persistence.staff;

import de.stammkunde.domain.staff.Invitations;
import de.stammkunde.domain.staff.StaffMembers;
import org.jooq.DSLContext;

/** The staff feature's adapters. */
public final class StaffPersistence {
    private StaffPersistence() {
    }

    public static StaffMembers staffMembers(DSLContext dsl) {
        return new JooqStaffMembers(dsl);
    }

    public static Invitations invitations(DSLContext dsl) {
        return new JooqInvitations(dsl);
    }
}
