package de.stammkunde.domain.shared;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

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

    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");

    /**
     * A category as it is shown and stored: Unicode-normalised (NFKC, so a decomposed "Café" is the same as a
     * composed one), without invisible format characters, blanks of any kind collapsed to one space and trimmed.
     */
    public static String clean(String category) {
        String text = INVISIBLE.matcher(Normalizer.normalize(category, Normalizer.Form.NFKC)).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The form categories are compared in (and unique by): the clean form in lower case. */
    public static String normalise(String category) {
        return clean(category).toLowerCase(Locale.ROOT);
    }

    /** Not empty, and at most {@link #MAX_CATEGORY_LENGTH} characters both as shown and as compared. */
    public static boolean isValidCategory(String category) {
        String clean = clean(category);
        return !clean.isEmpty() && clean.length() <= MAX_CATEGORY_LENGTH
                && normalise(category).length() <= MAX_CATEGORY_LENGTH;
    }

    /** One line per category (amounts added), in the order the categories first appear; names as first written. */
    public static List<PurchaseLine> merge(List<PurchaseLine> lines) {
        Map<String, PurchaseLine> byCategory = new LinkedHashMap<>();
        for (PurchaseLine line : lines) {
            byCategory.merge(normalise(line.category()), new PurchaseLine(clean(line.category()), line.amount()),
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
