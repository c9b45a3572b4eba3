package de.stammkunde.api.portal;

import de.stammkunde.domain.shop.ShopQueries;
import de.stammkunde.domain.customer.ChooseLanguage;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.ledger.BalanceDto;
import de.stammkunde.api.ledger.LedgerEntryDto;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.api.shop.ShopDto;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.overview.CustomerQueries;
import de.stammkunde.domain.shared.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in customer's own view: balance and history. Everything is scoped to the session's customer. */
@RestController
@RequestMapping("/api/v1/portal")
class PortalController {
    record PortalMe(PortalCustomer customer, ShopDto shop, BalanceDto balance) {
    }

    /** {@code language}: what the customer's e-mails are written in. */
    record PortalCustomer(String id, String number, String firstName, String lastName, @Nullable String email,
                       String language) {
    }

    record LanguageRequest(@NotNull @Pattern(regexp = "de|en") String language) {
    }

    record LanguageDto(String language) {
    }

    private final CustomerQueries queries;
    private final ChooseLanguage chooseLanguage;
    private final ShopQueries shops;
    private final Transactions tx;

    PortalController(CustomerQueries queries, ChooseLanguage chooseLanguage, ShopQueries shops, Transactions tx) {
        this.queries = queries;
        this.chooseLanguage = chooseLanguage;
        this.shops = shops;
        this.tx = tx;
    }

    /** The portal's language switch: the customer's e-mails follow it (as they follow the login's language). */
    @PutMapping("/language")
    LanguageDto language(@AuthenticationPrincipal StammkundeUser user, @Valid @RequestBody LanguageRequest body) {
        Language language = Language.of(body.language()).orElseThrow();
        tx.run(() -> chooseLanguage.choose(user.shop(), user.customerId(), language));
        return new LanguageDto(language.code());
    }

    @GetMapping("/me")
    PortalMe me(@AuthenticationPrincipal StammkundeUser user) {
        return tx.read(() -> {
            var cwb = queries.detail(user.shop(), user.customerId());
            Customer c = cwb.customer();
            return new PortalMe(new PortalCustomer(c.id().toString(), Long.toString(c.number()), c.firstName(),
                    c.lastName(), c.email(), c.preferredLanguage().code()), ShopDto.of(shops.shop(user.shop())),
                    BalanceDto.of(cwb.balance()));
        });
    }

    @GetMapping("/ledger")
    LedgerEntryDto.LedgerPage ledger(@AuthenticationPrincipal StammkundeUser user,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return LedgerEntryDto.page(tx.read(() -> queries.history(user.shop(), user.customerId(), limit)));
    }
}
