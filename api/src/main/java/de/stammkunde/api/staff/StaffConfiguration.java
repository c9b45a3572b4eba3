package de.stammkunde.api.staff;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.ShopWords;
import de.stammkunde.domain.staff.AcceptInvitation;
import de.stammkunde.domain.staff.Invitations;
import de.stammkunde.domain.staff.InviteStaff;
import de.stammkunde.domain.mail.LinkMails;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.ManageStaffAccess;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.domain.staff.StaffQueries;
import de.stammkunde.persistence.staff.StaffPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Staff accounts and invitations. */
@Configuration(proxyBeanMethods = false)
class StaffConfiguration {
    @Bean
    StaffMembers staffMembers(DSLContext dsl) {
        return StaffPersistence.staffMembers(dsl);
    }

    @Bean
    Invitations invitations(DSLContext dsl) {
        return StaffPersistence.invitations(dsl);
    }

    @Bean
    StaffQueries staffQueries(StaffMembers staff, Invitations invitations, Clock clock) {
        return new StaffQueries(staff, invitations, clock);
    }

    @Bean
    ManageStaffAccess manageStaffAccess(StaffMembers staff, DomainEvents events, AuditLog auditLog, Clock clock) {
        return new ManageStaffAccess(staff, events, auditLog, clock);
    }

    @Bean
    InviteStaff inviteStaff(Shops shops, StaffMembers staff, Invitations invitations, LinkTokens tokens,
                            LinkMails mails, AuditLog auditLog, Clock clock) {
        return new InviteStaff(shops, staff, invitations, tokens, mails, auditLog, clock);
    }

    @Bean
    AcceptInvitation acceptInvitation(Invitations invitations, StaffMembers staff, AuditLog auditLog,
                                      PasswordHasher passwords, ShopWords shopWords, Clock clock) {
        return new AcceptInvitation(invitations, staff, auditLog, passwords, shopWords, clock);
    }
}
