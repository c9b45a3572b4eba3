package de.stammkunde.api.account;

import de.stammkunde.domain.account.AccountLinks;
import de.stammkunde.domain.account.Accounts;
import de.stammkunde.domain.account.CheckSecondFactor;
import de.stammkunde.domain.account.OneTimeCodes;
import de.stammkunde.domain.account.SecondFactorSetup;
import de.stammkunde.domain.account.SecondFactors;
import de.stammkunde.domain.account.ChangePassword;
import de.stammkunde.domain.account.PasswordSetter;
import de.stammkunde.domain.account.RegisterShop;
import de.stammkunde.domain.account.ResetPassword;
import de.stammkunde.domain.account.VerifyShopEmail;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.SendPortalActivation;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.mail.LinkMails;
import de.stammkunde.domain.mail.MailQueue;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.SecretBox;
import de.stammkunde.domain.shared.ShopWords;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.persistence.account.AccountPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Access: signing up, passwords (change, reset by mail), two-factor login. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {
    @Bean
    Accounts accounts(DSLContext dsl) {
        return AccountPersistence.accounts(dsl);
    }

    @Bean
    AccountLinks accountLinks(DSLContext dsl) {
        return AccountPersistence.links(dsl);
    }

    @Bean
    PasswordSetter passwordSetter(PasswordHasher hasher, ShopWords shopWords) {
        return new PasswordSetter(hasher, shopWords);
    }

    @Bean
    VerifyShopEmail verifyShopEmail(Shops shops, Accounts accounts, AccountLinks links, LinkTokens tokens,
                                    LinkMails mails, MailQueue mailQueue, AuditLog auditLog, Clock clock) {
        return new VerifyShopEmail(shops, accounts, links, tokens, mails, mailQueue, auditLog, clock);
    }

    @Bean
    RegisterShop registerShop(Shops shops, StaffMembers staff, DomainEvents events, AuditLog auditLog,
                              PasswordHasher passwords, VerifyShopEmail verification, Clock clock) {
        return new RegisterShop(shops, staff, events, auditLog, passwords, verification, clock);
    }

    @Bean
    ResetPassword resetPassword(Shops shops, Accounts accounts, AccountLinks links, LinkTokens tokens,
                                LinkMails mails, SendPortalActivation portalActivation, PasswordSetter passwords,
                                DomainEvents events, AuditLog auditLog, Clock clock) {
        return new ResetPassword(shops, accounts, links, tokens, mails, portalActivation, passwords, events,
                auditLog, clock);
    }

    @Bean
    ChangePassword changePassword(Accounts accounts, AccountLinks links, PasswordHasher hasher,
                                  PasswordSetter passwords, DomainEvents events, AuditLog auditLog, Clock clock) {
        return new ChangePassword(accounts, links, hasher, passwords, events, auditLog, clock);
    }

    @Bean
    SecretBox secretBox(@Value("${stammkunde.two-factor.key:}") String key, DSLContext dsl) {
        return new AesSecretBox(key, () -> AccountPersistence.installationSecret(dsl, "second-factor"));
    }

    @Bean
    SecondFactors secondFactors(DSLContext dsl) {
        return AccountPersistence.secondFactors(dsl);
    }

    @Bean
    CheckSecondFactor checkSecondFactor(SecondFactors factors, SecretBox box, OneTimeCodes codes, AuditLog auditLog,
                                        Clock clock) {
        return new CheckSecondFactor(factors, box, codes, auditLog, clock);
    }

    @Bean
    SecondFactorSetup secondFactorSetup(Accounts accounts, SecondFactors factors, CheckSecondFactor check,
                                        SecretBox box, OneTimeCodes codes, PasswordHasher hasher, AuditLog auditLog,
                                        Clock clock) {
        return new SecondFactorSetup(accounts, factors, check, box, codes, hasher, auditLog, clock);
    }
}
