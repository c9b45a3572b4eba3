package de.stammkunde.domain.staff;

import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.util.List;

/** Read use cases: the shop's staff and the invitations nobody accepted yet. */
public final class StaffQueries {
    private final StaffMembers staff;
    private final Invitations invitations;
    private final Clock clock;

    public StaffQueries(StaffMembers staff, Invitations invitations, Clock clock) {
        this.staff = staff;
        this.invitations = invitations;
        this.clock = clock;
    }

    public List<StaffMember> members(ShopId shopId) {
        return staff.all(shopId);
    }

    /** The account as it is now (an off-boarded person's open session is checked against this). */
    public java.util.Optional<StaffMember> member(ShopId shopId, de.stammkunde.domain.shared.StaffId id) {
        return staff.byId(shopId, id);
    }

    public List<Invitation> openInvitations(ShopId shopId) {
        return invitations.open(shopId, clock.instant());
    }
}
