package de.stammkunde.domain.expiry;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.shop.Shop;
import java.time.LocalDate;

/** Port: tells a customer that points will expire (e-mail in the application). */
public interface ExpiryNotifier {
    void pointsExpireSoon(Shop shop, Customer customer, long points, LocalDate expiresOn);
}
