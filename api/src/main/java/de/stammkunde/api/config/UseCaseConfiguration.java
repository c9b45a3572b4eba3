package de.stammkunde.api.config;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.ActivatePortal;
import de.stammkunde.domain.customer.CreateCustomer;
import de.stammkunde.domain.customer.CustomerQueries;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.customer.PortalActivations;
import de.stammkunde.domain.expiry.ExpirePoints;
import de.stammkunde.domain.expiry.ExpiryNotices;
import de.stammkunde.domain.mail.MailOutbox;
import de.stammkunde.domain.idempotency.IdempotencyRecords;
import de.stammkunde.domain.integration.ApiKeys;
import de.stammkunde.domain.integration.ManageApiKeys;
import de.stammkunde.domain.ledger.AdjustPoints;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerCheck;
import de.stammkunde.domain.reward.ManageRewards;
import de.stammkunde.domain.reward.RedeemReward;
import de.stammkunde.domain.reward.Rewards;
import de.stammkunde.domain.reward.UseVoucher;
import de.stammkunde.domain.reward.Vouchers;
import de.stammkunde.domain.programme.ChangeEarningRule;
import de.stammkunde.domain.programme.ChangeReturnWindow;
import de.stammkunde.domain.purchase.ReleasePendingPoints;
import de.stammkunde.domain.purchase.ReturnPurchase;
import de.stammkunde.domain.programme.ManagePromotions;
import de.stammkunde.domain.programme.Programmes;
import de.stammkunde.domain.programme.Promotions;
import de.stammkunde.domain.purchase.Purchases;
import de.stammkunde.domain.purchase.RecordPurchase;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shop.RegisterShop;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.AcceptInvitation;
import de.stammkunde.domain.staff.InviteStaff;
import de.stammkunde.domain.staff.Invitations;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.domain.tier.ManageTiers;
import de.stammkunde.domain.tier.TierEvaluation;
import de.stammkunde.domain.tier.Tiers;
import de.stammkunde.persistence.audit.AuditPersistence;
import de.stammkunde.persistence.customer.CustomerPersistence;
import de.stammkunde.persistence.expiry.ExpiryPersistence;
import de.stammkunde.persistence.mail.MailPersistence;
import de.stammkunde.persistence.integration.IntegrationPersistence;
import de.stammkunde.persistence.idempotency.IdempotencyPersistence;
import de.stammkunde.persistence.ledger.LedgerPersistence;
import de.stammkunde.persistence.programme.ProgrammePersistence;
import de.stammkunde.persistence.purchase.PurchasePersistence;
import de.stammkunde.persistence.reward.RewardPersistence;
import de.stammkunde.persistence.shop.ShopPersistence;
import de.stammkunde.persistence.staff.StaffPersistence;
import de.stammkunde.persistence.tier.TierPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the domain's use cases to the jOOQ adapters. The DSLContext joins Spring's transactions. */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    // ports
    @Bean
    Shops shops(DSLContext dsl) {
        return ShopPersistence.shops(dsl);
    }

    @Bean
    StaffMembers staffMembers(DSLContext dsl) {
        return StaffPersistence.staffMembers(dsl);
    }

    @Bean
    Invitations invitations(DSLContext dsl) {
        return StaffPersistence.invitations(dsl);
    }

    @Bean
    Programmes programmes(DSLContext dsl) {
        return ProgrammePersistence.programmes(dsl);
    }

    @Bean
    Promotions promotions(DSLContext dsl) {
        return ProgrammePersistence.promotions(dsl);
    }

    @Bean
    Tiers tiers(DSLContext dsl) {
        return TierPersistence.tiers(dsl);
    }

    @Bean
    TierEvaluation tierEvaluation(Tiers tiers, Clock clock) {
        return new TierEvaluation(tiers, clock);
    }

    @Bean
    ManageTiers manageTiers(Tiers tiers, AuditLog auditLog, Clock clock) {
        return new ManageTiers(tiers, auditLog, clock);
    }

    @Bean
    ApiKeys apiKeys(DSLContext dsl) {
        return IntegrationPersistence.apiKeys(dsl);
    }

    @Bean
    ManageApiKeys manageApiKeys(ApiKeys keys, AuditLog auditLog, Clock clock) {
        return new ManageApiKeys(keys, auditLog, clock);
    }

    @Bean
    ExpiryNotices expiryNotices(DSLContext dsl) {
        return ExpiryPersistence.notices(dsl);
    }

    @Bean
    MailOutbox mailOutbox(DSLContext dsl) {
        return MailPersistence.outbox(dsl);
    }

    @Bean
    ExpirePoints expirePoints(Shops shops, Customers customers, Programmes programmes, Purchases purchases,
                              Ledger ledger, ExpiryNotices notices, MailOutbox outbox, Clock clock) {
        return new ExpirePoints(shops, customers, programmes, purchases, ledger, notices, outbox, clock);
    }

    @Bean
    Customers customers(DSLContext dsl) {
        return CustomerPersistence.customers(dsl);
    }

    @Bean
    PortalActivations portalActivations(DSLContext dsl) {
        return CustomerPersistence.portalActivations(dsl);
    }

    @Bean
    Ledger ledger(DSLContext dsl) {
        return LedgerPersistence.ledger(dsl);
    }

    @Bean
    Purchases purchases(DSLContext dsl) {
        return PurchasePersistence.purchases(dsl);
    }

    @Bean
    AuditLog auditLog(DSLContext dsl) {
        return AuditPersistence.auditLog(dsl);
    }

    @Bean
    Rewards rewards(DSLContext dsl) {
        return RewardPersistence.rewards(dsl);
    }

    @Bean
    Vouchers vouchers(DSLContext dsl) {
        return RewardPersistence.vouchers(dsl);
    }

    @Bean
    IdempotencyRecords idempotencyRecords(DSLContext dsl) {
        return IdempotencyPersistence.idempotencyRecords(dsl);
    }

    // use cases
    @Bean
    RegisterShop registerShop(Shops shops, StaffMembers staff, Programmes programmes, AuditLog auditLog,
                              PasswordHasher passwords, Clock clock) {
        return new RegisterShop(shops, staff, programmes, auditLog, passwords, clock);
    }

    @Bean
    InviteStaff inviteStaff(StaffMembers staff, Invitations invitations, AuditLog auditLog, Clock clock) {
        return new InviteStaff(staff, invitations, auditLog, clock);
    }

    @Bean
    AcceptInvitation acceptInvitation(Invitations invitations, StaffMembers staff, AuditLog auditLog,
                                      PasswordHasher passwords, Clock clock) {
        return new AcceptInvitation(invitations, staff, auditLog, passwords, clock);
    }

    @Bean
    CreateCustomer createCustomer(Shops shops, Customers customers, PortalActivations activations, Ledger ledger,
                                  Programmes programmes, AuditLog auditLog, Clock clock) {
        return new CreateCustomer(shops, customers, activations, ledger, programmes, auditLog, clock);
    }

    @Bean
    ActivatePortal activatePortal(PortalActivations activations, Customers customers, AuditLog auditLog,
                                  PasswordHasher passwords, Clock clock) {
        return new ActivatePortal(activations, customers, auditLog, passwords, clock);
    }

    @Bean
    CustomerQueries customerQueries(Customers customers, Ledger ledger, Purchases purchases) {
        return new CustomerQueries(customers, ledger, purchases);
    }

    @Bean
    RecordPurchase recordPurchase(Shops shops, Customers customers, Purchases purchases, Programmes programmes,
                                  Promotions promotions, TierEvaluation tiers, Ledger ledger, Clock clock) {
        return new RecordPurchase(shops, customers, purchases, programmes, promotions, tiers, ledger, clock);
    }

    @Bean
    ManagePromotions managePromotions(Promotions promotions, AuditLog auditLog, Clock clock) {
        return new ManagePromotions(promotions, auditLog, clock);
    }

    @Bean
    ManageRewards manageRewards(Shops shops, Rewards rewards, AuditLog auditLog, Clock clock) {
        return new ManageRewards(shops, rewards, auditLog, clock);
    }

    @Bean
    RedeemReward redeemReward(Rewards rewards, Customers customers, Ledger ledger, Vouchers vouchers, Clock clock) {
        return new RedeemReward(rewards, customers, ledger, vouchers, clock);
    }

    @Bean
    UseVoucher useVoucher(Vouchers vouchers, Clock clock) {
        return new UseVoucher(vouchers, clock);
    }

    @Bean
    AdjustPoints adjustPoints(Customers customers, Ledger ledger, AuditLog auditLog, Clock clock) {
        return new AdjustPoints(customers, ledger, auditLog, clock);
    }

    @Bean
    LedgerCheck ledgerCheck(Ledger ledger, Clock clock) {
        return new LedgerCheck(ledger, clock);
    }

    @Bean
    ChangeReturnWindow changeReturnWindow(Programmes programmes, AuditLog auditLog, Clock clock) {
        return new ChangeReturnWindow(programmes, auditLog, clock);
    }

    @Bean
    ReturnPurchase returnPurchase(Purchases purchases, TierEvaluation tiers, Ledger ledger, Clock clock) {
        return new ReturnPurchase(purchases, tiers, ledger, clock);
    }

    @Bean
    ReleasePendingPoints releasePendingPoints(Purchases purchases, Ledger ledger, Clock clock) {
        return new ReleasePendingPoints(purchases, ledger, clock);
    }

    @Bean
    ChangeEarningRule changeEarningRule(Programmes programmes, AuditLog auditLog, Clock clock) {
        return new ChangeEarningRule(programmes, auditLog, clock);
    }
}
