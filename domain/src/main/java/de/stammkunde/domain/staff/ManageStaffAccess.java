package de.stammkunde.domain.staff;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Use case: the owner off-boards staff — deactivates an account (reversible) or removes it. Either ends every
 * session of that person at once ({@link StaffAccessEnded}); a shop always keeps an active owner. Audited.
 */
public final class ManageStaffAccess {
    private final StaffMembers staff;
    private final DomainEvents events;
    private final AuditLog auditLog;
    private final Clock clock;

    public ManageStaffAccess(StaffMembers staff, DomainEvents events, AuditLog auditLog, Clock clock) {
        this.staff = staff;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public StaffMember deactivate(ShopId shopId, StaffId id, Actor actor) {
        StaffMember member = existing(shopId, id);
        keepsAnOwner(shopId, member).orThrow();
        Instant now = clock.instant();
        if (member.active()) {
            staff.setActive(shopId, id, false, actor);
            events.publish(new StaffAccessEnded(shopId, id, false, now));
            audit(shopId, actor, "staff.deactivated", member, now);
        }
        return existing(shopId, id);
    }

    public StaffMember reactivate(ShopId shopId, StaffId id, Actor actor) {
        StaffMember member = existing(shopId, id);
        if (!member.active()) {
            staff.setActive(shopId, id, true, actor);
            audit(shopId, actor, "staff.reactivated", member, clock.instant());
        }
        return existing(shopId, id);
    }

    public void remove(ShopId shopId, StaffId id, Actor actor) {
        StaffMember member = existing(shopId, id);
        keepsAnOwner(shopId, member).orThrow();
        Instant now = clock.instant();
        staff.remove(shopId, id);
        events.publish(new StaffAccessEnded(shopId, id, true, now));
        audit(shopId, actor, "staff.removed", member, now);
    }

    /** Taking away an owner's access is refused when no other active owner would be left. */
    static Decision keepsAnOwner(ShopId shopId, StaffMember member, StaffMembers staff) {
        if (member.role() != StaffRole.OWNER) {
            return Decision.ALLOWED;
        }
        long otherOwners = staff.all(shopId).stream()
                .filter(m -> m.role() == StaffRole.OWNER && m.active() && !m.id().equals(member.id())).count();
        return otherOwners > 0 ? Decision.ALLOWED : Decision.conflict("last-owner", "staffId",
                "A shop needs an active owner: {0} is the last one", member.email());
    }

    private Decision keepsAnOwner(ShopId shopId, StaffMember member) {
        return keepsAnOwner(shopId, member, staff);
    }

    private StaffMember existing(ShopId shopId, StaffId id) {
        return staff.byId(shopId, id).orElseThrow(() -> new NotFoundException("staff", id));
    }

    private void audit(ShopId shopId, Actor actor, String action, StaffMember member, Instant at) {
        auditLog.record(new AuditEvent(shopId, actor, action, "staff", member.id().toString(),
                Map.of("email", member.email(), "role", member.role().name()), at));
    }
}
