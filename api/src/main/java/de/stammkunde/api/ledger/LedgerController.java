package de.stammkunde.api.ledger;

import org.springframework.web.bind.annotation.ResponseStatus;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.idempotency.IdempotentRequests;
import de.stammkunde.api.security.SecondFactorLogin;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.ledger.AdjustPoints;
import de.stammkunde.domain.ledger.BalanceDifference;
import de.stammkunde.domain.ledger.LedgerCheck;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RestController;

/** The owner's ledger tools: manual adjustments (with a reason, audited) and the consistency check. */
@RestController
@PreAuthorize("hasRole('OWNER')")
class LedgerController {
    record AdjustmentRequest(@NotNull Long points, @NotBlank @Size(max = 500) String reason) {
    }

    record AdjustedDto(LedgerEntryDto entry, BalanceDto balance) {
    }

    record LedgerCheckDto(Instant checkedAt, long accounts, boolean consistent, List<DifferenceDto> differences) {
    }

    record DifferenceDto(String customerId, long storedAvailable, long storedPending, long storedOwed,
                         long entriesAvailable, long entriesPending, long entriesOwed) {
        static DifferenceDto of(BalanceDifference d) {
            return new DifferenceDto(d.customerId().toString(), d.storedAvailable(), d.storedPending(),
                    d.storedOwed(), d.entriesAvailable(), d.entriesPending(), d.entriesOwed());
        }
    }

    private final AdjustPoints adjustPoints;
    private final LedgerCheck ledgerCheck;
    private final IdempotentRequests idempotent;
    private final Transactions tx;
    private final SecondFactorLogin secondFactor;

    /** Adjustments of more points than this (either way) ask for the owner's second factor again when it is old. */
    static final long RECHECK_ABOVE_POINTS = 500;

    LedgerController(SecondFactorLogin secondFactor, AdjustPoints adjustPoints, LedgerCheck ledgerCheck,
                     IdempotentRequests idempotent,
                     Transactions tx) {
        this.secondFactor = secondFactor;
        this.adjustPoints = adjustPoints;
        this.ledgerCheck = ledgerCheck;
        this.idempotent = idempotent;
        this.tx = tx;
    }

    @PostMapping("/api/v1/shops/{shopId}/customers/{customerId}/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AdjustedDto> adjust(@PathVariable UUID shopId, @PathVariable UUID customerId,
                                       @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                       @Nullable String key,
                                       @Valid @RequestBody AdjustmentRequest body,
                                       @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        ShopId shop = new ShopId(shopId);
        if (Math.abs(body.points()) > RECHECK_ABOVE_POINTS) {
            secondFactor.requireRecent(user, request);
        }
        return idempotent.execute(shop, user.actor(), key, "POST", request.getRequestURI(), body, AdjustedDto.class,
                () -> {
            var posted = adjustPoints.adjust(shop, new CustomerId(customerId), body.points(), body.reason(),
                    user.actor());
            return ResponseEntity.status(HttpStatus.CREATED).body(new AdjustedDto(
                    LedgerEntryDto.of(new de.stammkunde.domain.ledger.LedgerLine(posted.entry(), null, null)),
                    BalanceDto.of(posted.balance())));
        });
    }

    @GetMapping("/api/v1/shops/{shopId}/ledger-check")
    LedgerCheckDto check(@PathVariable UUID shopId) {
        var report = tx.read(() -> ledgerCheck.check(new ShopId(shopId)));
        return new LedgerCheckDto(report.checkedAt(), report.accounts(), report.consistent(),
                report.differences().stream().map(DifferenceDto::of).toList());
    }
}
