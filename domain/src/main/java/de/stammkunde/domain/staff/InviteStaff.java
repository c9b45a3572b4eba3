package de.stammkunde.domain.staff;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.EmailAddress;
import de.stammkunde.domain.mail.LinkMails;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Use case: an owner invites an agent — the invitation's link is mailed to the invitee (its token is derived from the
 * invitation's id and stored nowhere; the owner never sees it) — or takes an open invitation back.
 */
public final class InviteStaff {
    public static final Duration VALIDITY = Duration.ofHours(72);

    private final Shops shops;
    private final StaffMembers staff;
    private final Invitations invitations;
    private final LinkTokens tokens;
    private final LinkMails mails;
    private final AuditLog auditLog;
    private final Clock clock;

    public InviteStaff(Shops shops, StaffMembers staff, Invitations invitations, LinkTokens tokens, LinkMails mails,
                       AuditLog auditLog, Clock clock) {
        this.shops = shops;
        this.staff = staff;
        this.invitations = invitations;
        this.tokens = tokens;
        this.mails = mails;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The invitation; its link went to {@code email} by mail. */
    public Invitation invite(ShopId shopId, String email, StaffRole role, Actor actor) {
        String normalised = EmailAddress.normalise(email);
        if (role != StaffRole.AGENT) {
            Decision.reject("invalid-role", "role", "Only agents can be invited; a shop has one owner").orThrow();
        }
        if (staff.byEmail(shopId, normalised).isPresent()) {
            Decision.conflict("email-taken", "email", "{0} already has an account in this shop", normalised).orThrow();
        }
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // what timestamptz keeps
        if (invitations.open(shopId, now).stream().anyMatch(i -> i.email().equals(normalised))) {
            Decision.conflict("invitation-pending-taken", "email", "{0} has an open invitation already", normalised)
                    .orThrow();
        }
        UUID id = UUID.randomUUID();
        Invitation invitation = new Invitation(shopId, id, normalised, role, tokens.hashFor(id), now.plus(VALIDITY),
                null);
        invitations.add(invitation, actor);
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        Map<String, String> params = new java.util.HashMap<>(shop.mailParams());
        params.put("role", role.name());
        // The shop's language for an address we know nothing else about: German.
        mails.send(MailTemplate.STAFF_INVITATION, shopId, normalised, Language.DEFAULT, id, invitation.expiresAt(),
                params, now, actor);
        auditLog.record(new AuditEvent(shopId, actor, "staff.invited", "invitation", invitation.id().toString(),
                Map.of("email", normalised, "role", role.name()), now));
        return invitation;
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
