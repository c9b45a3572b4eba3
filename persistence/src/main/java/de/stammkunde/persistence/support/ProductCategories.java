package de.stammkunde.persistence.support;

import static de.stammkunde.persistence.jooq.Tables.PRODUCT_CATEGORY;

import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.ShopId;
import java.util.Collection;
import org.jooq.DSLContext;

/** The shop's known product categories, remembered as purchases and promotions use them (first spelling wins). */
public final class ProductCategories {
    private ProductCategories() {
    }

    public static void remember(DSLContext dsl, ShopId shopId, Collection<String> categories) {
        if (categories.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(PRODUCT_CATEGORY, PRODUCT_CATEGORY.SHOP_ID, PRODUCT_CATEGORY.NORMALISED,
                PRODUCT_CATEGORY.NAME);
        // In key order: two purchases naming the same new categories in another order must not deadlock.
        var byKey = new java.util.TreeMap<String, String>();
        categories.forEach(c -> byKey.putIfAbsent(PurchaseLine.normalise(c), PurchaseLine.clean(c)));
        for (var category : byKey.entrySet()) {
            insert = insert.values(shopId.value(), category.getKey(), category.getValue());
        }
        insert.onConflictDoNothing().execute();
    }
}
