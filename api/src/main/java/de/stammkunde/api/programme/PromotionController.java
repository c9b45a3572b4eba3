package de.stammkunde.api.programme;

import de.stammkunde.api.web.MoneyText;
import java.util.Currency;
import de.stammkunde.domain.shop.ShopQueries;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import de.stammkunde.domain.programme.ProgrammeQueries;
import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.programme.ManagePromotions;
import de.stammkunde.domain.programme.Promotion;
import de.stammkunde.domain.shared.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Time-boxed promotions: staff see them (to explain points), the owner plans them. */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/promotions")
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class PromotionController {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PromotionDto(String id, String name, String kind, @Nullable String multiplier, @Nullable Long bonusPoints,
                        @Nullable String minAmount, Instant startsAt, Instant endsAt, boolean active,
                        @Nullable String category) {
        static PromotionDto of(Promotion p, Currency currency) {
            return new PromotionDto(p.id().toString(), p.name(), p.kind().name(),
                    p.multiplier() == null ? null : p.multiplier().toPlainString(), p.bonusPoints(),
                    p.minAmount() == null ? null : MoneyText.of(p.minAmount(), currency), p.startsAt(), p.endsAt(),
                    p.active(), p.category());
        }
    }

    record PromotionList(List<PromotionDto> items) {
    }

    record PromotionRequest(@NotBlank @Size(max = 100) String name, @NotNull Promotion.Kind kind,
                            @Nullable @Digits(integer = 2, fraction = 2) BigDecimal multiplier,
                            @Nullable Long bonusPoints,
                            @Nullable @Digits(integer = 13, fraction = 4) BigDecimal minAmount,
                            @NotNull Instant startsAt, @NotNull Instant endsAt, @Nullable Boolean active,
                            @Nullable String category) {
        ManagePromotions.Command toCommand() {
            return new ManagePromotions.Command(name, kind, multiplier, bonusPoints, minAmount, startsAt, endsAt,
                    active == null || active,
                    category == null || category.isEmpty() ? null : category); // only blanks: rejected
        }
    }

    private final ProgrammeQueries queries;
    private final ShopQueries shops;
    private final ManagePromotions managePromotions;
    private final Transactions tx;

    PromotionController(ProgrammeQueries queries, ShopQueries shops, ManagePromotions managePromotions,
                        Transactions tx) {
        this.queries = queries;
        this.shops = shops;
        this.managePromotions = managePromotions;
        this.tx = tx;
    }

    @GetMapping
    PromotionList list(@PathVariable UUID shopId) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> {
            Currency currency = shops.shop(shop).currency();
            return new PromotionList(queries.promotions(shop).stream().map(p -> PromotionDto.of(p, currency))
                    .toList());
        });
    }

    @PostMapping
    @PreAuthorize("hasRole('OWNER')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PromotionDto> create(@PathVariable UUID shopId, @Valid @RequestBody PromotionRequest body,
                                        @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        PromotionDto created = tx.write(() -> PromotionDto.of(managePromotions.create(shop, body.toCommand(),
                user.actor()), shops.shop(shop).currency()));
        return ResponseEntity.created(URI.create("/api/v1/shops/" + shopId + "/promotions/" + created.id()))
                .body(created);
    }

    @PutMapping("/{promotionId}")
    @PreAuthorize("hasRole('OWNER')")
    PromotionDto update(@PathVariable UUID shopId, @PathVariable UUID promotionId,
                        @Valid @RequestBody PromotionRequest body, @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        return tx.write(() -> PromotionDto.of(managePromotions.update(shop, promotionId, body.toCommand(),
                user.actor()), shops.shop(shop).currency()));
    }
}
