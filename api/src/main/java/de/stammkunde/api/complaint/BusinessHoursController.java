package de.stammkunde.api.complaint;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.BusinessHours;
import de.stammkunde.domain.shop.BusinessHoursSettings;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.ShopQueries;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's business hours, the service desk's clock: outside them a customer's request is acknowledged by mail.
 * Staff read them; the owner sets them.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/business-hours")
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class BusinessHoursController {
    /** One weekday's hours; a weekday left out is closed. */
    record DayHours(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {
    }

    record BusinessHoursInput(@NotNull @Size(max = 7) List<@Valid @NotNull DayHours> days) {
    }

    /**
     * The hours (Monday first, in the shop's {@code timeZone}); {@code openNow}; {@code nextOpening}: when the shop
     * opens next (absent while open, or if it never opens).
     */
    record BusinessHoursDto(List<DayHours> days, String timeZone, boolean openNow, @Nullable Instant nextOpening) {
        static BusinessHoursDto of(BusinessHours hours, Shop shop, Instant now) {
            boolean open = hours.openAt(now, shop.timeZone());
            return new BusinessHoursDto(hours.asDays().stream().map(d -> new DayHours(d.day(), d.opens(), d.closes()))
                    .toList(), shop.timeZone().getId(), open,
                    open ? null : hours.nextOpening(now, shop.timeZone()).orElse(null));
        }
    }

    private final ShopQueries shops;
    private final BusinessHoursSettings hours;
    private final Transactions tx;
    private final Clock clock;

    BusinessHoursController(ShopQueries shops, BusinessHoursSettings hours, Transactions tx, Clock clock) {
        this.shops = shops;
        this.hours = hours;
        this.tx = tx;
        this.clock = clock;
    }

    @GetMapping
    BusinessHoursDto get(@PathVariable UUID shopId) {
        ShopId shop = new ShopId(shopId);
        return tx.read(() -> BusinessHoursDto.of(hours.current(shop), shops.shop(shop), clock.instant()));
    }

    /** Replaces the hours; repeating the request sets the same hours (idempotent by nature). */
    @PutMapping
    @PreAuthorize("hasRole('OWNER')")
    BusinessHoursDto set(@PathVariable UUID shopId, @Valid @RequestBody BusinessHoursInput body,
                         @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        return tx.write(() -> BusinessHoursDto.of(hours.set(shop, body.days().stream()
                .map(d -> new BusinessHours.Day(d.day(), d.opens(), d.closes())).toList(), user.actor()),
                shops.shop(shop), clock.instant()));
    }
}
