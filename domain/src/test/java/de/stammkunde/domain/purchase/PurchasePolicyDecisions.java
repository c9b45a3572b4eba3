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
        assertThat(atTheTill(Money.of("12.50", "EUR"), now)).isEqualTo(Decision.ALLOWED);
        assertThat(PurchasePolicy.check(shop, Money.of("12.5000", "EUR"), now.minus(Duration.ofDays(400)), now,
                PurchaseRecorder.OWNER)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertRejected(atTheTill(Money.of("12.50", "USD"), now), "currency-mismatch",
                "currency");
        assertRejected(atTheTill(Money.of("0", "EUR"), now), "amount-not-positive", "amount");
        assertRejected(atTheTill(Money.of("-3", "EUR"), now), "amount-not-positive", "amount");
        assertRejected(atTheTill(Money.of("1.005", "EUR"), now), "amount-precision",
                "amount");
        assertRejected(atTheTill(Money.of("1000000.01", "EUR"), now), "amount-too-large",
                "amount");
        assertRejected(atTheTill(Money.of("5", "EUR"), now.plus(Duration.ofMinutes(6))),
                "occurred-in-future", "occurredAt");
    }

    @Test
    void tillsAndAgentsDateAPurchaseAtMostSevenDaysBackTheOwnerFurther() {
        Instant sevenDaysAgo = now.minus(Duration.ofDays(7));
        Instant eightDaysAgo = now.minus(Duration.ofDays(8));
        for (PurchaseRecorder counter : new PurchaseRecorder[] {PurchaseRecorder.TILL, PurchaseRecorder.AGENT}) {
            assertThat(PurchasePolicy.check(shop, Money.of("5", "EUR"), sevenDaysAgo, now, counter))
                    .isEqualTo(Decision.ALLOWED);
            assertRejected(PurchasePolicy.check(shop, Money.of("5", "EUR"), eightDaysAgo, now, counter),
                    "occurred-too-early", "occurredAt");
        }
        assertThat(PurchasePolicy.check(shop, Money.of("5", "EUR"), eightDaysAgo, now, PurchaseRecorder.OWNER))
                .isEqualTo(Decision.ALLOWED);
        assertRejected(PurchasePolicy.check(shop, Money.of("5", "EUR"), now.minus(Duration.ofDays(3 * 366 + 1)),
                now, PurchaseRecorder.OWNER), "occurred-too-early", "occurredAt");
    }

    @Test
    void aTillClockAFewMinutesAheadIsTolerated() {
        assertThat(atTheTill(Money.of("5", "EUR"), now.plus(Duration.ofMinutes(4))))
                .isEqualTo(Decision.ALLOWED);
    }

    private Decision atTheTill(Money amount, Instant occurredAt) {
        return PurchasePolicy.check(shop, amount, occurredAt, now, PurchaseRecorder.TILL);
    }

    private static void assertRejected(Decision decision, String code, String field) {
        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
            assertThat(r.rejection().code()).isEqualTo(code);
            assertThat(r.rejection().field()).isEqualTo(field);
        });
    }
}
