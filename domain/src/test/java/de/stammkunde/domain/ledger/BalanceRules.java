package de.stammkunde.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BalanceRules {
    @Test
    void aBalanceNeverGoesNegative() {
        Balance balance = new Balance(10, 5);
        assertThat(balance.canApply(-10, -5)).isTrue();
        assertThat(balance.canApply(-11, 0)).isFalse();
        assertThat(balance.canApply(0, -6)).isFalse();
        assertThat(balance.apply(-10, 5)).isEqualTo(new Balance(0, 10));
        assertThatThrownBy(() -> balance.apply(-11, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
