package de.stammkunde.domain.acquisition;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.AcquisitionChannels;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.value.ValueSettingsStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Query: acquisition cost against value per channel for the months {@code from}–{@code to}. CAC = spend / customers
 * acquired; LTV:CAC = their average lifetime value (last model run) / CAC; payback = CAC / the gross margin an
 * acquired customer has brought per month so far. Blended CAC over all channels. A figure that cannot be computed
 * (no customers acquired, no spend, no scores yet) is null, never zero.
 */
public final class AcquisitionReport {
    public record ChannelRow(AcquisitionChannel channel, @Nullable String name, boolean builtIn, BigDecimal spend,
                             long acquired, @Nullable BigDecimal cac, @Nullable BigDecimal averageClv,
                             @Nullable BigDecimal ltvToCac, @Nullable BigDecimal paybackMonths) {
    }

    public record Report(YearMonth from, YearMonth to, String currency, List<ChannelRow> channels,
                         BigDecimal spend, long acquired, @Nullable BigDecimal blendedCac,
                         @Nullable BigDecimal averageClv, @Nullable BigDecimal ltvToCac) {
    }

    private final Shops shops;
    private final AcquisitionChannels channels;
    private final AcquisitionFigures figures;
    private final ValueSettingsStore settings;
    private final Clock clock;

    public AcquisitionReport(Shops shops, AcquisitionChannels channels, AcquisitionFigures figures,
                             ValueSettingsStore settings, Clock clock) {
        this.shops = shops;
        this.channels = channels;
        this.figures = figures;
        this.settings = settings;
        this.clock = clock;
    }

    public Report report(ShopId shopId, @Nullable YearMonth from, @Nullable YearMonth to) {
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        LocalDate today = LocalDate.ofInstant(clock.instant(), shop.timeZone());
        YearMonth end = to == null ? YearMonth.from(today) : to;
        YearMonth start = from == null ? end.minusMonths(11) : from;
        if (start.isAfter(end)) {
            Decision.reject("period-invalid", "from", "The period starts after it ends").orThrow();
        }
        if (start.plusYears(30).isBefore(end)) {
            Decision.reject("period-invalid", "from", "A period spans at most 30 years").orThrow();
        }
        double margin = settings.of(shopId).margin();
        var names = channels.all(shopId);
        var rows = new ArrayList<ChannelRow>();
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal clvSum = BigDecimal.ZERO;
        long acquired = 0;
        long scored = 0;
        for (var f : figures.byChannel(shopId, start.atDay(1), end.atEndOfMonth(), today)) {
            var info = names.stream().filter(n -> n.channel().equals(f.channel())).findFirst();
            BigDecimal cac = ratio(f.spend(), f.acquired());
            BigDecimal avgClv = ratio(f.clvSum(), f.scored());
            BigDecimal monthlyMargin = f.customerMonths() == 0 ? null
                    : f.revenue().multiply(BigDecimal.valueOf(margin))
                            .divide(BigDecimal.valueOf(f.customerMonths()), 6, RoundingMode.HALF_UP);
            BigDecimal payback = cac == null || monthlyMargin == null || monthlyMargin.signum() == 0 ? null
                    : cac.divide(monthlyMargin, 1, RoundingMode.HALF_UP);
            rows.add(new ChannelRow(f.channel(), info.map(AcquisitionChannels.Channel::name).orElse(null),
                    info.map(AcquisitionChannels.Channel::builtIn).orElse(false), money(f.spend()), f.acquired(),
                    cac == null ? null : money(cac), avgClv == null ? null : money(avgClv), ltv(avgClv, cac),
                    payback));
            spend = spend.add(f.spend());
            acquired += f.acquired();
            clvSum = clvSum.add(f.clvSum());
            scored += f.scored();
        }
        BigDecimal blended = ratio(spend, acquired);
        BigDecimal avgClv = ratio(clvSum, scored);
        return new Report(start, end, shop.currency().getCurrencyCode(), rows, money(spend), acquired,
                blended == null ? null : money(blended), avgClv == null ? null : money(avgClv), ltv(avgClv, blended));
    }

    private static @Nullable BigDecimal ratio(BigDecimal sum, long count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal ltv(@Nullable BigDecimal clv, @Nullable BigDecimal cac) {
        return clv == null || cac == null || cac.signum() == 0 ? null : clv.divide(cac, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
