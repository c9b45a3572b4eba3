package de.stammkunde.domain.acquisition;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.AcquisitionChannels;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.Rejection;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Use case: the owner enters marketing spend per channel and month (a grid of cells) or imports it as CSV
 * ({@code channel,month,amount}: channel code or name, {@code YYYY-MM}, amount in the shop's currency). All cells are
 * checked before any is written: one bad cell and nothing changes, and the answer names it.
 */
public final class RecordSpend {
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
    static final int MAX_ROWS = 10_000;

    /** One cell; {@code amount} zero clears it. */
    public record Cell(String channel, String month, String amount) {
    }

    private final Shops shops;
    private final AcquisitionChannels channels;
    private final MarketingSpends spends;
    private final AuditLog audit;
    private final Clock clock;

    public RecordSpend(Shops shops, AcquisitionChannels channels, MarketingSpends spends, AuditLog audit,
                       Clock clock) {
        this.shops = shops;
        this.channels = channels;
        this.spends = spends;
        this.audit = audit;
        this.clock = clock;
    }

    /** The spend from {@code from} to {@code to} (inclusive). */
    public List<MarketingSpends.Spend> between(ShopId shopId, YearMonth from, YearMonth to) {
        if (from.isAfter(to) || from.plusYears(30).isBefore(to)) {
            Decision.reject("period-invalid", "from", "The period starts after it ends or spans more than 30 years")
                    .orThrow();
        }
        return spends.between(shopId, from, to);
    }

    /** Writes the cells (field names in answers: {@code cells[i].channel|month|amount}); how many. */
    public int record(ShopId shopId, List<Cell> cells, Actor actor) {
        List<MarketingSpends.Spend> checked = check(shopId, cells, "cells[%d].%s", 0);
        checked.forEach(s -> spends.set(shopId, s, actor));
        audit.record(new AuditEvent(shopId, actor, "marketing-spend.recorded", "shop", shopId.toString(),
                Map.of("cells", Integer.toString(checked.size())), clock.instant()));
        return checked.size();
    }

    /** Reads {@code channel,month,amount} CSV (header line first); field names in answers: {@code line N: …}. */
    public int importCsv(ShopId shopId, Reader csv, Actor actor) {
        List<Cell> cells = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(csv)) {
            var header = new HashSet<String>();
            parser.getHeaderNames().forEach(h -> header.add(h.strip().toLowerCase(Locale.ROOT)));
            if (!header.containsAll(Set.of("channel", "month", "amount"))) {
                Decision.reject("spend-file-header", "file",
                        "The first line must name the columns channel,month,amount").orThrow();
            }
            for (CSVRecord r : parser) {
                if (cells.size() >= MAX_ROWS) {
                    Decision.reject("spend-file-too-long", "file", "A spend file has at most {0} rows", MAX_ROWS)
                            .orThrow();
                }
                cells.add(new Cell(value(r, "channel"), value(r, "month"), value(r, "amount")));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            Decision.reject("spend-file-unreadable", "file", "The file cannot be read as CSV: {0}",
                    String.valueOf(e.getMessage())).orThrow();
        }
        List<MarketingSpends.Spend> checked = check(shopId, cells, "line %d: %s", 2);
        checked.forEach(s -> spends.set(shopId, s, actor));
        audit.record(new AuditEvent(shopId, actor, "marketing-spend.imported", "shop", shopId.toString(),
                Map.of("cells", Integer.toString(checked.size())), clock.instant()));
        return checked.size();
    }

    private static String value(CSVRecord r, String column) {
        for (var e : r.toMap().entrySet()) {
            if (e.getKey().strip().equalsIgnoreCase(column)) {
                return e.getValue() == null ? "" : e.getValue();
            }
        }
        return "";
    }

    private List<MarketingSpends.Spend> check(ShopId shopId, List<Cell> cells, String fieldPattern, int offset) {
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        var known = channels.all(shopId);
        YearMonth latest = YearMonth.from(LocalDate.ofInstant(clock.instant(), shop.timeZone())).plusMonths(12);
        List<MarketingSpends.Spend> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            int n = i + offset;
            String text = c.channel() == null ? "" : c.channel().strip();
            var channel = known.stream().filter(k -> k.channel().code().equalsIgnoreCase(text)
                    || (k.name() != null && k.name().equalsIgnoreCase(text))).findFirst();
            if (channel.isEmpty()) {
                throw rejected("unknown-channel", fieldPattern.formatted(n, "channel"),
                        "The shop has no acquisition channel {0}", text);
            }
            YearMonth month;
            try {
                month = YearMonth.parse(c.month() == null ? "" : c.month().strip());
            } catch (DateTimeParseException e) {
                throw rejected("spend-month-invalid", fieldPattern.formatted(n, "month"),
                        "{0} is not a month like 2026-03", String.valueOf(c.month()));
            }
            if (month.isAfter(latest) || month.getYear() < 1970) {
                throw rejected("spend-month-out-of-range", fieldPattern.formatted(n, "month"),
                        "Spend can be planned at most a year ahead: {0}", month.toString());
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(c.amount() == null ? "" : c.amount().strip());
            } catch (NumberFormatException e) {
                throw rejected("spend-amount-invalid", fieldPattern.formatted(n, "amount"),
                        "{0} is not an amount like 250.00", String.valueOf(c.amount()));
            }
            if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0
                    || amount.stripTrailingZeros().scale() > shop.currency().getDefaultFractionDigits()) {
                throw rejected("spend-amount-invalid", fieldPattern.formatted(n, "amount"),
                        "{0} is not an amount like 250.00", amount.toPlainString());
            }
            out.add(new MarketingSpends.Spend(channel.get().channel(), month, amount));
        }
        return out;
    }

    private static RejectedException rejected(String code, String field, String message, Object... args) {
        return new RejectedException(Rejection.of(code, field, message, args));
    }
}
