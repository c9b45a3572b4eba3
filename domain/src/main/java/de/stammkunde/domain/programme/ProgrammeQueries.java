package de.stammkunde.domain.programme;

import de.stammkunde.domain.shared.ShopId;
import java.util.List;

/** Read use cases: the shop's programme settings, promotions and known product categories. */
public final class ProgrammeQueries {
    public static final int MAX_CATEGORY_SUGGESTIONS = 500;

    private final Programmes programmes;
    private final Promotions promotions;

    public ProgrammeQueries(Programmes programmes, Promotions promotions) {
        this.programmes = programmes;
        this.promotions = promotions;
    }

    public EarningRule earningRule(ShopId shopId) {
        return programmes.earningRule(shopId);
    }

    public int returnWindowDays(ShopId shopId) {
        return programmes.returnWindowDays(shopId);
    }

    public Bonuses bonuses(ShopId shopId) {
        return programmes.bonuses(shopId);
    }

    /** Latest start first. */
    public List<Promotion> promotions(ShopId shopId) {
        return promotions.all(shopId);
    }

    public List<String> knownCategories(ShopId shopId) {
        return promotions.knownCategories(shopId, MAX_CATEGORY_SUGGESTIONS);
    }
}
