package de.stammkunde.domain.overview;

import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerLine;
import de.stammkunde.domain.purchase.Purchase;
import de.stammkunde.domain.purchase.Purchases;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.Page;
import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.ShopId;
import java.util.List;

/** Read use cases: the customer list, a customer with balance, their points history and purchases. */
public final class CustomerQueries {
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_HISTORY = 500;

    private final CustomerListing listing;
    private final Customers customers;
    private final Ledger ledger;
    private final Purchases purchases;

    public CustomerQueries(CustomerListing listing, Customers customers, Ledger ledger, Purchases purchases) {
        this.listing = listing;
        this.customers = customers;
        this.ledger = ledger;
        this.purchases = purchases;
    }

    public Page<CustomerWithBalance> search(ShopId shopId, String query, int page, int size) {
        return listing.search(shopId, query, Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE));
    }

    public CustomerWithBalance detail(ShopId shopId, CustomerId id) {
        return listing.withBalance(shopId, id).orElseThrow(() -> new NotFoundException("customer", id));
    }

    public List<LedgerLine> history(ShopId shopId, CustomerId id, int limit) {
        requireCustomer(shopId, id);
        return ledger.history(shopId, id, Math.clamp(limit, 1, MAX_HISTORY));
    }

    /** A purchase with what it spent per product category (empty when the till did not say). */
    public record PurchaseWithLines(Purchase purchase, List<PurchaseLine> lines) {
    }

    public List<PurchaseWithLines> purchases(ShopId shopId, CustomerId id, int limit) {
        requireCustomer(shopId, id);
        List<Purchase> found = purchases.ofCustomer(shopId, id, Math.clamp(limit, 1, MAX_HISTORY));
        var lines = purchases.linesOf(shopId, found.stream().map(Purchase::id).toList());
        return found.stream().map(p -> new PurchaseWithLines(p, lines.getOrDefault(p.id(), List.of()))).toList();
    }

    public boolean exists(ShopId shopId, CustomerId id) {
        return customers.byId(shopId, id).isPresent();
    }

    private void requireCustomer(ShopId shopId, CustomerId id) {
        if (customers.byId(shopId, id).isEmpty()) {
            throw new NotFoundException("customer", id);
        }
    }
}
