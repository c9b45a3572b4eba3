package de.stammkunde.api.goodwill;

import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.goodwill.CustomerValue;
import de.stammkunde.domain.goodwill.DecideGesture;
import de.stammkunde.domain.goodwill.RecommendGestures;
import de.stammkunde.domain.goodwill.GestureEffects;
import de.stammkunde.domain.goodwill.Gestures;
import de.stammkunde.domain.goodwill.GoodwillQueries;
import de.stammkunde.domain.goodwill.GoodwillSettings;
import de.stammkunde.domain.goodwill.ManageSubscriptions;
import de.stammkunde.domain.goodwill.OfferGesture;
import de.stammkunde.domain.goodwill.PayRefund;
import de.stammkunde.domain.goodwill.Subscriptions;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.reward.Rewards;
import de.stammkunde.domain.reward.Vouchers;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.persistence.goodwill.GoodwillPersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Goodwill: the policy, gestures and their approval, fee refunds, customers' subscriptions. */
@Configuration(proxyBeanMethods = false)
class GoodwillConfiguration {
    @Bean
    Gestures gestures(DSLContext dsl) {
        return GoodwillPersistence.gestures(dsl);
    }

    @Bean
    Subscriptions subscriptions(DSLContext dsl) {
        return GoodwillPersistence.subscriptions(dsl);
    }

    @Bean
    GestureEffects gestureEffects(Ledger ledger, Rewards rewards, Vouchers vouchers, Subscriptions subscriptions,
                                  DomainEvents events) {
        return new GestureEffects(ledger, rewards, vouchers, subscriptions, events);
    }

    @Bean
    OfferGesture offerGesture(Shops shops, StaffMembers staff, ComplaintCases cases, Rewards rewards,
                              Subscriptions subscriptions, Gestures gestures, GestureEffects effects, AuditLog audit,
                              Clock clock) {
        return new OfferGesture(shops, staff, cases, rewards, subscriptions, gestures, effects, audit, clock);
    }

    @Bean
    DecideGesture decideGesture(Shops shops, ComplaintCases cases, Gestures gestures, GestureEffects effects,
                                AuditLog audit, Clock clock) {
        return new DecideGesture(shops, cases, gestures, effects, audit, clock);
    }

    @Bean
    PayRefund payRefund(Gestures gestures, AuditLog audit, Clock clock) {
        return new PayRefund(gestures, audit, clock);
    }

    @Bean
    GoodwillSettings goodwillSettings(Gestures gestures, StaffMembers staff, AuditLog audit, Clock clock) {
        return new GoodwillSettings(gestures, staff, audit, clock);
    }

    @Bean
    GoodwillQueries goodwillQueries(Shops shops, StaffMembers staff, Customers customers, ComplaintCases cases,
                                    Gestures gestures, Clock clock) {
        return new GoodwillQueries(shops, staff, customers, cases, gestures, clock);
    }

    @Bean
    CustomerValue customerValue(DSLContext dsl) {
        return GoodwillPersistence.customerValue(dsl);
    }

    @Bean
    RecommendGestures recommendGestures(ComplaintCases cases, Rewards rewards, Subscriptions subscriptions,
                                        Gestures gestures, CustomerValue value, GoodwillQueries queries,
                                        Clock clock) {
        return new RecommendGestures(cases, rewards, subscriptions, gestures, value, queries, clock);
    }

    @Bean
    ManageSubscriptions manageSubscriptions(Shops shops, Customers customers, Subscriptions subscriptions,
                                            AuditLog audit, Clock clock) {
        return new ManageSubscriptions(shops, customers, subscriptions, audit, clock);
    }
}
