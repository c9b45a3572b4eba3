package de.stammkunde.domain.shop;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.shared.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShopRulesDecisions {
    @ParameterizedTest
    @ValueSource(strings = {"baeckerei-sonnenschein", "abc", "laden-42", "a1b"})
    void goodShopAddresses(String slug) {
        assertThat(ShopRules.checkSlug(slug)).isEqualTo(Decision.ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "-laden", "laden-", "Laden", "laden--x", "läden", "laden shop", "a2345678901234567890123456789012345678901"})
    void badShopAddresses(String slug) {
        assertThat(ShopRules.checkSlug(slug)).isInstanceOf(Decision.Rejected.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "CHF", "JPY"})
    void knownCurrencies(String code) {
        assertThat(ShopRules.checkCurrency(code)).isEqualTo(Decision.ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "XYZ", "EURO", ""})
    void unknownCurrencies(String code) {
        assertThat(ShopRules.checkCurrency(code)).isInstanceOf(Decision.Rejected.class);
    }
}
