package de.stammkunde.api.goodwill;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.idempotency.IdempotentRequests;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.goodwill.ManageSubscriptions;
import de.stammkunde.domain.goodwill.Subscription;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's subscriptions (plan, monthly fee, paid until): kept by staff in the console and by the shop's systems
 * with an API key. Free months given as goodwill move {@code paidUntil} on.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/customers/{customerId}/subscriptions")
@PreAuthorize("hasAnyRole('OWNER', 'AGENT', 'TILL')")
class SubscriptionController {
    /** {@code monthlyFee} in the shop's currency; {@code paidUntil}: the last day paid for. */
    record SubscriptionInput(@NotBlank @Size(max = 200) String plan, @NotNull BigDecimal monthlyFee,
                             @NotNull LocalDate paidUntil) {
    }

    /** {@code monthlyFee} as a decimal string ("9.90"), as all money in the API. */
    record SubscriptionDto(String id, String plan, String monthlyFee, String currency, LocalDate paidUntil) {
        static SubscriptionDto of(Subscription s) {
            return new SubscriptionDto(s.id().toString(), s.plan(), s.monthlyFee().amount().toPlainString(),
                    s.monthlyFee().currencyCode(), s.paidUntil());
        }
    }

    record SubscriptionList(List<SubscriptionDto> items) {
    }

    private final ManageSubscriptions manage;
    private final IdempotentRequests idempotent;
    private final Transactions tx;

    SubscriptionController(ManageSubscriptions manage, IdempotentRequests idempotent, Transactions tx) {
        this.manage = manage;
        this.idempotent = idempotent;
        this.tx = tx;
    }

    @GetMapping
    SubscriptionList list(@PathVariable UUID shopId, @PathVariable UUID customerId) {
        return new SubscriptionList(tx.read(() -> manage.ofCustomer(new ShopId(shopId), new CustomerId(customerId)))
                .stream().map(SubscriptionDto::of).toList());
    }

    /** 201 with the subscription; needs an {@code Idempotency-Key}. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SubscriptionDto> add(@PathVariable UUID shopId, @PathVariable UUID customerId,
                                        @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                        @Nullable String key, @Valid @RequestBody SubscriptionInput body,
                                        @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), key, "POST", request.getRequestURI(), body,
                SubscriptionDto.class, () -> ResponseEntity.status(HttpStatus.CREATED).body(SubscriptionDto.of(
                        manage.add(shop, new CustomerId(customerId), body.plan(), body.monthlyFee(),
                                body.paidUntil(), user.actor()))));
    }

    /** Replaces plan, fee and paid-until (the same request twice changes nothing more). */
    @PutMapping("/{subscriptionId}")
    SubscriptionDto change(@PathVariable UUID shopId, @PathVariable UUID customerId,
                           @PathVariable UUID subscriptionId, @Valid @RequestBody SubscriptionInput body,
                           @AuthenticationPrincipal StammkundeUser user) {
        return SubscriptionDto.of(tx.write(() -> manage.change(new ShopId(shopId), new CustomerId(customerId),
                subscriptionId, body.plan(), body.monthlyFee(), body.paidUntil(), user.actor())));
    }
}
