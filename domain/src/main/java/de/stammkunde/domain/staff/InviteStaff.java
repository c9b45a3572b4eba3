package de.stammkunde.domain.staff;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.EmailAddress;
import de.stammkunde.domain.shared.SecretTokens;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Use case: an owner invites an agent (returns the secret token for the link; only its hash is stored), or takes an
 * open invitation back.
 */
public final class InviteStaff {
    public static final Duration VALIDITY = Duration.ofDays(7);

    public record Invited(Invitation invitation, String token) {
    }

    private final StaffMembers staff;
    private final Invitations invitations;
    private final AuditLog auditLog;
    private final Clock clock;

    public InviteStaff(StaffMembers staff, Invitations invitations, AuditLog auditLog, Clock clock) {
        this.staff = staff;
        this.invitations = invitations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Invited invite(ShopId shopId, String email, StaffRole role, Actor actor) {
        String normalised = EmailAddress.normalise(email);
        if (role != StaffRole.AGENT) {
            Decision.reject("invalid-role", "role", "Only agents can be invited; a shop has one owner").orThrow();
        }
        if (staff.byEmail(shopId, normalised).isPresent()) {
            Decision.conflict("email-taken", "email", "{0} already has an account in this shop", normalised).orThrow();
        }
        String token = SecretTokens.newToken();
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // what timestamptz keeps
        if (invitations.open(shopId, now).stream().anyMatch(i -> i.email().equals(normalised))) {
            Decision.conflict("invitation-pending-taken", "email", "{0} has an open invitation already", normalised)
                    .orThrow();
        }
        Invitation invitation = new Invitation(shopId, UUID.randomUUID(), normalised, role, SecretTokens.hash(token),
                now.plus(VALIDITY), null);
        invitations.add(invitation, actor);
        auditLog.record(new AuditEvent(shopId, actor, "staff.invited", "invitation", invitation.id().toString(),
                Map.of("email", normalised, "role", role.name()), now));
        return new Invited(invitation, token);
    }

    /** The owner takes back an invitation that was not accepted yet (sent to a wrong address, say). Audited. */
    public void revoke(ShopId shopId, UUID invitationId, Actor actor) {
        if (!invitations.revoke(shopId, invitationId)) {
            throw new NotFoundException("invitation", invitationId);
        }
        auditLog.record(new AuditEvent(shopId, actor, "staff.invitation-revoked", "invitation",
                invitationId.toString(), Map.of(), clock.instant()));
    }
}
