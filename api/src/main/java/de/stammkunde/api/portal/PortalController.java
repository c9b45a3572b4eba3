package de.stammkunde.api.portal;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.ledger.BalanceDto;
import de.stammkunde.api.ledger.LedgerEntryDto;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.api.shop.ShopDto;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.customer.CustomerQueries;
import de.stammkunde.domain.shop.Shops;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in customer's own view: balance and history. Everything is scoped to the session's customer. */
@RestController
@RequestMapping("/api/v1/portal")
class PortalController {
    record Me(CustomerRef customer, ShopDto shop, BalanceDto balance) {
    }

    record CustomerRef(String id, String number, String firstName, String lastName, @Nullable String email) {
    }

    private final CustomerQueries queries;
    private final Shops shops;
    private final Transactions tx;

    PortalController(CustomerQueries queries, Shops shops, Transactions tx) {
        this.queries = queries;
        this.shops = shops;
        this.tx = tx;
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal StammkundeUser user) {
        return tx.read(() -> {
            var cwb = queries.detail(user.shop(), user.customerId());
            Customer c = cwb.customer();
            return new Me(new CustomerRef(c.id().toString(), Long.toString(c.number()), c.firstName(),
                    c.lastName(), c.email()), ShopDto.of(shops.byId(user.shop()).orElseThrow()),
                    BalanceDto.of(cwb.balance()));
        });
    }

    @GetMapping("/ledger")
    LedgerEntryDto.Page ledger(@AuthenticationPrincipal StammkundeUser user,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return LedgerEntryDto.page(tx.read(() -> queries.history(user.shop(), user.customerId(), limit)));
    }
}
