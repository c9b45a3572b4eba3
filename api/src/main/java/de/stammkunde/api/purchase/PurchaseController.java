package de.stammkunde.api.purchase;

import de.stammkunde.api.web.MoneyText;
import org.springframework.web.bind.annotation.ResponseStatus;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.idempotency.IdempotentRequests;
import de.stammkunde.api.ledger.BalanceDto;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.overview.CustomerQueries;
import de.stammkunde.domain.purchase.PurchaseRecorder;
import de.stammkunde.domain.purchase.RecordPurchase;
import de.stammkunde.domain.purchase.ReturnPurchase;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseLine;
import de.stammkunde.domain.shared.ShopId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recording purchases (idempotent) and listing them. */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/customers/{customerId}/purchases")
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class PurchaseController {
    record RecordPurchaseRequest(
            @NotNull @Digits(integer = 13, fraction = 4) BigDecimal amount,
            @NotBlank @Pattern(regexp = "^[A-Z]{3}$") String currency,
            @Nullable @Size(max = 100) String reference,
            @Nullable Instant occurredAt,
            @Nullable List<@NotNull @Valid LineRequest> lines,
            /** Staff confirm an amount the shop rarely sees (after a 422 {@code implausible-amount}). */
            @Nullable Boolean confirmed) {
    }

    /** What was spent in one product category, for category promotions. */
    record LineRequest(@NotNull String category, @NotNull @Digits(integer = 13, fraction = 4) BigDecimal amount) {
    }

    record RecordedDto(PurchaseDto purchase, long pointsEarned, BalanceDto balance, List<PurchaseDto.PurchaseLineDto> lines) {
    }

    record ReturnRequest(@NotNull @Digits(integer = 13, fraction = 4) BigDecimal amount,
                         @NotBlank @Pattern(regexp = "^[A-Z]{3}$") String currency) {
    }

    record ReturnedDto(String id, String purchaseId, String amount, String currency, long pointsReversed,
                       long owedAdded, Instant occurredAt, BalanceDto balance) {
    }

    private final RecordPurchase recordPurchase;
    private final ReturnPurchase returnPurchase;
    private final CustomerQueries queries;
    private final IdempotentRequests idempotent;
    private final Transactions tx;

    PurchaseController(RecordPurchase recordPurchase, ReturnPurchase returnPurchase, CustomerQueries queries,
                       IdempotentRequests idempotent, Transactions tx) {
        this.recordPurchase = recordPurchase;
        this.returnPurchase = returnPurchase;
        this.queries = queries;
        this.idempotent = idempotent;
        this.tx = tx;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OWNER', 'AGENT', 'TILL')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RecordedDto> record(@PathVariable UUID shopId, @PathVariable UUID customerId,
                                       @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                       @Nullable String idempotencyKey,
                                       @Valid @RequestBody RecordPurchaseRequest body,
                                       @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), idempotencyKey, "POST", request.getRequestURI(), body,
                RecordedDto.class, () -> {
            Money amount = new Money(body.amount(), currency(body.currency()));
            List<PurchaseLine> lines = body.lines() == null ? List.of()
                    : body.lines().stream().map(l -> new PurchaseLine(l.category(), l.amount())).toList();
            RecordPurchase.Recorded recorded = recordPurchase.record(shop,
                    new RecordPurchase.Command(new CustomerId(customerId), amount, body.reference(),
                            body.occurredAt(), lines, recorder(user), Boolean.TRUE.equals(body.confirmed())),
                    user.actor());
            PurchaseDto purchase = PurchaseDto.of(recorded.purchase(), recorded.lines());
            return ResponseEntity.status(HttpStatus.CREATED).body(new RecordedDto(purchase,
                    recorded.purchase().pointsEarned(), BalanceDto.of(recorded.balance()), purchase.lines()));
        });
    }

    @PostMapping("/{purchaseId}/returns")
    @PreAuthorize("hasAnyRole('OWNER', 'AGENT', 'TILL')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReturnedDto> returnGoods(@PathVariable UUID shopId, @PathVariable UUID customerId,
                                            @PathVariable UUID purchaseId,
                                            @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                            @Nullable String idempotencyKey,
                                            @Valid @RequestBody ReturnRequest body,
                                            @AuthenticationPrincipal StammkundeUser user,
                                            HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        return idempotent.execute(shop, user.actor(), idempotencyKey, "POST", request.getRequestURI(), body,
                ReturnedDto.class, () -> {
            var returned = returnPurchase.returnGoods(shop, new CustomerId(customerId), new PurchaseId(purchaseId),
                    new Money(body.amount(), currency(body.currency())), user.actor());
            var r = returned.purchaseReturn();
            return ResponseEntity.status(HttpStatus.CREATED).body(new ReturnedDto(r.id().toString(),
                    r.purchaseId().toString(), MoneyText.of(r.amount()), r.amount().currencyCode(),
                    r.pointsReversed(), returned.owedAdded(), r.occurredAt(), BalanceDto.of(returned.balance())));
        });
    }

    @GetMapping
    PurchaseDto.PurchasePage list(@PathVariable UUID shopId, @PathVariable UUID customerId,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return new PurchaseDto.PurchasePage(tx.read(() -> queries.purchases(new ShopId(shopId), new CustomerId(customerId),
                limit)).stream().map(p -> PurchaseDto.of(p.purchase(), p.lines())).toList());
    }

    /** Tills and agents may date a purchase up to 7 days back, the owner further (see PurchaseRecorder). */
    private static PurchaseRecorder recorder(StammkundeUser user) {
        return switch (user.role()) {
            case OWNER -> PurchaseRecorder.OWNER;
            case AGENT -> PurchaseRecorder.AGENT;
            case TILL -> PurchaseRecorder.TILL;
            case CUSTOMER -> throw new IllegalStateException("customers do not record purchases");
        };
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            Decision.reject("invalid-currency", "currency", "Unknown currency {0}", code).orThrow();
            throw e;
        }
    }
}
