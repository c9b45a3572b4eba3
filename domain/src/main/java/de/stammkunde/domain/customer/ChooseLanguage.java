package de.stammkunde.domain.customer;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.ShopId;

/** Use case: the customer's portal language becomes the language of their e-mails. */
public final class ChooseLanguage {
    private final Customers customers;

    public ChooseLanguage(Customers customers) {
        this.customers = customers;
    }

    public void choose(ShopId shopId, CustomerId customerId, Language language) {
        customers.setLanguage(shopId, customerId, language);
    }
}
