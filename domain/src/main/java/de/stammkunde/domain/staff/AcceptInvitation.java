package de.stammkunde.domain.staff;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.PasswordPolicy;
import de.stammkunde.domain.shared.SecretTokens;
import de.stammkunde.domain.shared.ShopWords;
import de.stammkunde.domain.shared.StaffId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Use case: the invited person opens the link, chooses a name and password, and becomes an agent. */
public final class AcceptInvitation {
    private final Invitations invitations;
    private final StaffMembers staff;
    private final AuditLog auditLog;
    private final PasswordHasher passwords;
    private final ShopWords shopWords;
    private final Clock clock;

    public AcceptInvitation(Invitations invitations, StaffMembers staff, AuditLog auditLog, PasswordHasher passwords,
                            ShopWords shopWords, Clock clock) {
        this.invitations = invitations;
        this.staff = staff;
        this.auditLog = auditLog;
        this.passwords = passwords;
        this.shopWords = shopWords;
        this.clock = clock;
    }

    /** The open invitation behind a link, if the link is still valid. */
    public Optional<Invitation> lookUp(String token) {
        return invitations.byTokenHash(SecretTokens.hash(token)).filter(i -> i.isOpenAt(clock.instant()));
    }

    public StaffMember accept(String token, String name, String password) {
        Invitation invitation = lookUp(token).orElseThrow(() -> new NotFoundException("invitation", "(token)"));
        List<String> context = new ArrayList<>(shopWords.of(invitation.shopId()));
        context.addAll(List.of(name, invitation.email()));
        PasswordPolicy.check(password, context.toArray(String[]::new)).orThrow();
        var now = clock.instant();
        if (!invitations.markAccepted(invitation.shopId(), invitation.id(), now)) {
            throw new NotFoundException("invitation", "(token)");
        }
        StaffMember member = new StaffMember(invitation.shopId(), StaffId.newId(), name.strip(), invitation.email(),
                invitation.role(), passwords.hash(password), true);
        if (!staff.add(member, Actor.staff(member.id()))) {
            Decision.conflict("email-taken", "email", "{0} already has an account in this shop", member.email())
                    .orThrow();
        }
        auditLog.record(new AuditEvent(invitation.shopId(), Actor.staff(member.id()), "staff.joined", "staff",
                member.id().toString(), Map.of("email", member.email(), "role", member.role().name()), now));
        return member;
    }
}
