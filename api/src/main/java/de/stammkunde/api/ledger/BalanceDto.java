package de.stammkunde.api.ledger;

import de.stammkunde.domain.ledger.Balance;

public record BalanceDto(long available, long pending, long owed) {
    public static BalanceDto of(Balance balance) {
        return new BalanceDto(balance.available(), balance.pending(), balance.owed());
    }
}
