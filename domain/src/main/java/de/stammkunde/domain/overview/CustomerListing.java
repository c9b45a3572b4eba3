package de.stammkunde.domain.overview;

import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Page;
import de.stammkunde.domain.shared.ShopId;
import java.util.Optional;

/** Port: customers with their balances, as lists and detail pages show them. */
public interface CustomerListing {
    Optional<CustomerWithBalance> withBalance(ShopId shopId, CustomerId id);

    /**
     * Search over name, e-mail, number and phone that forgives German spellings (Mueller finds Müller); ordered by
     * last name, first name.
     */
    Page<CustomerWithBalance> search(ShopId shopId, String query, int page, int size);
}
