package de.stammkunde.domain.programme;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.customer.CustomerEnrolled;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.Shortfalls;

/**
 * Reaction to an enrolment: the shop's welcome bonus for the new customer and, for a referral, the referral bonus
 * for both sides (the referrer's pays off points they owe first). Idempotent: each bonus has a key per customer.
 */
public final class CreditEnrolmentBonuses {
    private final Programmes programmes;
    private final Customers customers;
    private final Ledger ledger;

    public CreditEnrolmentBonuses(Programmes programmes, Customers customers, Ledger ledger) {
        this.programmes = programmes;
        this.customers = customers;
        this.ledger = ledger;
    }

    public void credit(CustomerEnrolled enrolled) {
        Bonuses bonuses = programmes.bonuses(enrolled.shopId());
        if (bonuses.welcome() > 0) {
            ledger.postOrFail(LedgerEntry.welcomeBonus(enrolled.shopId(), enrolled.customerId(), bonuses.welcome(),
                    enrolled.occurredAt()), enrolled.actor());
        }
        if (enrolled.referredBy() == null || bonuses.referee() == 0 && bonuses.referrer() == 0) {
            return;
        }
        Customer customer = customers.byId(enrolled.shopId(), enrolled.customerId()).orElseThrow();
        Customer referrer = customers.byId(enrolled.shopId(), enrolled.referredBy()).orElseThrow();
        if (bonuses.referee() > 0) {
            ledger.postOrFail(LedgerEntry.referralBonus(enrolled.shopId(), customer.id(), customer.id(), "referee",
                    bonuses.referee(), fullName(referrer), enrolled.occurredAt()), enrolled.actor());
        }
        if (bonuses.referrer() > 0) {
            Balance balance = ledger.postOrFail(LedgerEntry.referralBonus(enrolled.shopId(), referrer.id(),
                    customer.id(), "referrer", bonuses.referrer(), fullName(customer), enrolled.occurredAt()),
                    enrolled.actor());
            Shortfalls.settle(ledger, enrolled.shopId(), referrer.id(), balance, "referral:" + customer.id(),
                    enrolled.occurredAt(), enrolled.actor());
        }
    }

    private static String fullName(Customer customer) {
        return customer.firstName() + " " + customer.lastName();
    }
}
