package de.stammkunde.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PurchasePolicyDecisions {
    private final Shop shop = new Shop(ShopId.newId(), "laden", "Laden", Currency.getInstance("EUR"),
            ZoneId.of("Europe/Berlin"));
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aNormalPurchaseIsAllowed() {
        assertThat(PurchasePolicy.check(shop, Money.of("12.50", "EUR"), now, now)).isEqualTo(Decision.ALLOWED);
        assertThat(PurchasePolicy.check(shop, Money.of("12.5000", "EUR"), now.minus(Duration.ofDays(400)), now))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertRejected(PurchasePolicy.check(shop, Money.of("12.50", "USD"), now, now), "currency-mismatch",
                "currency");
        assertRejected(PurchasePolicy.check(shop, Money.of("0", "EUR"), now, now), "amount-not-positive", "amount");
        assertRejected(PurchasePolicy.check(shop, Money.of("-3", "EUR"), now, now), "amount-not-positive", "amount");
        assertRejected(PurchasePolicy.check(shop, Money.of("1.005", "EUR"), now, now), "amount-precision",
                "amount");
        assertRejected(PurchasePolicy.check(shop, Money.of("1000000.01", "EUR"), now, now), "amount-too-large",
                "amount");
        assertRejected(PurchasePolicy.check(shop, Money.of("5", "EUR"), now.plus(Duration.ofMinutes(6)), now),
                "occurred-in-future", "occurredAt");
    }

    @Test
    void aTillClockAFewMinutesAheadIsTolerated() {
        assertThat(PurchasePolicy.check(shop, Money.of("5", "EUR"), now.plus(Duration.ofMinutes(4)), now))
                .isEqualTo(Decision.ALLOWED);
    }

    private static void assertRejected(Decision decision, String code, String field) {
        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
            assertThat(r.rejection().code()).isEqualTo(code);
            assertThat(r.rejection().field()).isEqualTo(field);
        });
    }
}
