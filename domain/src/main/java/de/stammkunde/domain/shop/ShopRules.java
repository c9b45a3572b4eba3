package de.stammkunde.domain.shop;

import de.stammkunde.domain.shared.Decision;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.regex.Pattern;

/** What makes a valid shop: its slug (used in login links), currency and time zone. */
public final class ShopRules {
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$");

    private ShopRules() {
    }

    public static Decision checkSlug(String slug) {
        return SLUG.matcher(slug).matches() && !slug.contains("--")
                ? Decision.ALLOWED
                : Decision.reject("invalid-slug", "shopSlug",
                        "Use 3 to 40 lower-case letters, digits and single hyphens");
    }

    public static Decision checkCurrency(String code) {
        try {
            Currency.getInstance(code);
            return code.equals(code.toUpperCase(java.util.Locale.ROOT)) ? Decision.ALLOWED
                    : Decision.reject("invalid-currency", "currency", "Unknown currency {0}", code);
        } catch (IllegalArgumentException e) {
            return Decision.reject("invalid-currency", "currency", "Unknown currency {0}", code);
        }
    }

    public static Decision checkTimeZone(String zone) {
        try {
            ZoneId.of(zone);
            return Decision.ALLOWED;
        } catch (DateTimeException e) {
            return Decision.reject("invalid-time-zone", "timeZone", "Unknown time zone {0}", zone);
        }
    }
}
