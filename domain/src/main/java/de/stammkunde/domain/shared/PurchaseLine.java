package de.stammkunde.domain.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The part of a purchase spent in one product category ("Kaffee", "Torten"), as the till reports it: what
 * category promotions count. Categories compare without regard to case or surrounding blanks; the lines of a
 * purchase need not cover its whole amount.
 */
public record PurchaseLine(String category, BigDecimal amount) {
    public static final int MAX_CATEGORY_LENGTH = 40;
    public static final int MAX_LINES = 50;

    public PurchaseLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
    }

    /** The form a category is compared (and stored) in. */
    public static String normalise(String category) {
        return category.strip().toLowerCase(Locale.ROOT);
    }

    /** One line per category (amounts added), in the order the categories first appear; names as first written. */
    public static List<PurchaseLine> merge(List<PurchaseLine> lines) {
        Map<String, PurchaseLine> byCategory = new LinkedHashMap<>();
        for (PurchaseLine line : lines) {
            byCategory.merge(normalise(line.category()), new PurchaseLine(line.category().strip(), line.amount()),
                    (a, b) -> new PurchaseLine(a.category(), a.amount().add(b.amount())));
        }
        return new ArrayList<>(byCategory.values());
    }

    /** What the lines spent in the category (zero when none). */
    public static BigDecimal spentIn(List<PurchaseLine> lines, String category) {
        String wanted = normalise(category);
        return lines.stream().filter(l -> normalise(l.category()).equals(wanted)).map(PurchaseLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
