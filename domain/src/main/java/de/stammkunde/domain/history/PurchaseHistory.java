package de.stammkunde.domain.history;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: the bulk side of a history import (one batch at a time, inside the batch's transaction). */
public interface PurchaseHistory {
    /** A customer the file names that the shop does not know yet. */
    record NewCustomer(String ref, @Nullable String email, @Nullable String firstName, @Nullable String lastName,
                       AcquisitionChannel channel, LocalDate acquiredOn) {
    }

    /** A purchase to store (no points). */
    record ImportedPurchase(CustomerId customerId, PurchaseFile.Row row) {
    }

    /**
     * The shop's customers for these refs: by {@code external_ref}, else by e-mail (then remembering the ref).
     * {@code emails}: the e-mail a file row gives for a ref, if any.
     */
    Map<String, CustomerId> findCustomers(ShopId shopId, Collection<String> refs, Map<String, String> emails);

    /** Creates the customers (numbers from the shop's sequence, no welcome bonus: this is history); their ids. */
    Map<String, CustomerId> createCustomers(ShopId shopId, List<NewCustomer> customers, Actor actor);

    /** Stores the purchases whose import key is new (no points); the keys stored. */
    Set<String> insertPurchases(ShopId shopId, List<ImportedPurchase> purchases, UUID importId, Actor actor);

    /** Which of these import keys the shop already has. */
    Set<String> existingKeys(ShopId shopId, Collection<String> keys);

    /** Marks a purchase recorded with points as the one of this import key. */
    void tagImported(ShopId shopId, PurchaseId purchaseId, String key);

    /**
     * Refreshes the database's statistics of the tables an import grows: planned on an estimate from when they were
     * small, every foreign-key check of a purchase scans all customers (measured: 1,100 lines/s before, 7,000 after).
     */
    void refreshStatistics();

    /** Moves each customer's acquisition date back to its first purchase where that is earlier. */
    void backdateAcquisition(ShopId shopId, Map<CustomerId, LocalDate> firstPurchase);
}
