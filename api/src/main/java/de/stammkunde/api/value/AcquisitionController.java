package de.stammkunde.api.value;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.acquisition.AcquisitionReport;
import de.stammkunde.domain.acquisition.ManageChannels;
import de.stammkunde.domain.acquisition.RecordSpend;
import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.AcquisitionChannels;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.ShopQueries;
import de.stammkunde.domain.value.ChangeValueSettings;
import de.stammkunde.domain.value.ValueSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What acquiring customers costs: the shop's acquisition channels (agents read them to enrol customers), marketing
 * spend per channel and month (a grid, or CSV), CAC and LTV:CAC per channel, and the owner's value settings.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}")
@PreAuthorize("hasRole('OWNER')")
class AcquisitionController {
    /** {@code name}: null for a built-in channel that keeps its translated label. */
    record ChannelDto(String code, @Nullable String name, boolean builtIn, long customers) {
        static ChannelDto of(AcquisitionChannels.Channel c) {
            return new ChannelDto(c.channel().code(), c.name(), c.builtIn(), c.customers());
        }
    }

    record ChannelList(List<ChannelDto> items) {
    }

    record NewChannel(@NotBlank @Size(max = 60) String name) {
    }

    /** {@code name} empty or null: a built-in channel gets its default label back. */
    record ChannelName(@Nullable @Size(max = 60) String name) {
    }

    /** One cell of the spend grid: {@code month} like 2026-03, {@code amount} a decimal string (0 clears). */
    record SpendCell(@NotBlank @Size(max = 60) String channel, @NotBlank @Size(max = 7) String month,
                     @NotBlank @Size(max = 20) String amount) {
    }

    record SpendInput(@NotNull @Size(max = 10_000) List<@Valid @NotNull SpendCell> cells) {
    }

    record SpendList(String currency, String from, String to, List<SpendCell> cells) {
    }

    record Written(int cells) {
    }

    record ChannelReportDto(String channel, @Nullable String name, boolean builtIn, String spend, long acquired,
                            @Nullable String cac, @Nullable String averageClv, @Nullable String ltvToCac,
                            @Nullable String paybackMonths) {
    }

    /** All money as decimal strings in {@code currency}; a figure that cannot be computed is null. */
    record AcquisitionReportDto(String from, String to, String currency, List<ChannelReportDto> channels,
                                String spend, long acquired, @Nullable String blendedCac,
                                @Nullable String averageClv, @Nullable String ltvToCac) {
    }

    /** Percentages as decimal strings ("30.00"); {@code horizonMonths} 1–120. */
    record SettingsDto(@NotNull BigDecimal grossMarginPercent, @NotNull BigDecimal annualDiscountRatePercent,
                       @NotNull @Min(1) @Max(120) Integer horizonMonths) {
    }

    private final ManageChannels channels;
    private final RecordSpend spend;
    private final AcquisitionReport report;
    private final ChangeValueSettings settings;
    private final ShopQueries shops;
    private final Transactions tx;

    AcquisitionController(ManageChannels channels, RecordSpend spend, AcquisitionReport report,
                          ChangeValueSettings settings, ShopQueries shops, Transactions tx) {
        this.channels = channels;
        this.spend = spend;
        this.report = report;
        this.settings = settings;
        this.shops = shops;
        this.tx = tx;
    }

    @GetMapping("/acquisition-channels")
    @PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
    ChannelList channels(@PathVariable UUID shopId) {
        return new ChannelList(tx.read(() -> channels.all(new ShopId(shopId))).stream().map(ChannelDto::of).toList());
    }

    /** 201 with the new channel; its code is made from the name (FLYER for "Flyer"). */
    @PostMapping("/acquisition-channels")
    @ResponseStatus(HttpStatus.CREATED)
    ChannelDto addChannel(@PathVariable UUID shopId, @Valid @org.springframework.web.bind.annotation.RequestBody
                          NewChannel body, @AuthenticationPrincipal StammkundeUser user) {
        return ChannelDto.of(tx.write(() -> channels.add(new ShopId(shopId), body.name(), user.actor())));
    }

    @PutMapping("/acquisition-channels/{channel}")
    ChannelDto renameChannel(@PathVariable UUID shopId, @PathVariable("channel") String code,
                             @Valid @org.springframework.web.bind.annotation.RequestBody ChannelName body,
                             @AuthenticationPrincipal StammkundeUser user) {
        if (!AcquisitionChannel.isCode(code)) {
            throw new de.stammkunde.domain.shared.NotFoundException("channel", code);
        }
        return ChannelDto.of(tx.write(() -> channels.rename(new ShopId(shopId), new AcquisitionChannel(code),
                body.name(), user.actor())));
    }

    /** Spend per channel and month from {@code from} to {@code to} (YYYY-MM; default: the last 12 months). */
    @GetMapping("/marketing-spend")
    SpendList spend(@PathVariable UUID shopId,
                    @RequestParam(required = false) @Nullable @Pattern(regexp = "\\d{4}-\\d{2}") String from,
                    @RequestParam(required = false) @Nullable @Pattern(regexp = "\\d{4}-\\d{2}") String to) {
        ShopId shop = new ShopId(shopId);
        var info = tx.read(() -> shops.shop(shop));
        YearMonth end = to == null ? YearMonth.now(info.timeZone()) : YearMonth.parse(to);
        YearMonth start = from == null ? end.minusMonths(11) : YearMonth.parse(from);
        var cells = tx.read(() -> spend.between(shop, start, end)).stream()
                .map(s -> new SpendCell(s.channel().code(), s.month().toString(),
                        s.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()))
                .toList();
        return new SpendList(info.currency().getCurrencyCode(), start.toString(), end.toString(), cells);
    }

    /** Sets the cells (amount 0 clears one); all are checked first: one bad cell and nothing changes. */
    @PutMapping("/marketing-spend")
    Written setSpend(@PathVariable UUID shopId,
                     @Valid @org.springframework.web.bind.annotation.RequestBody SpendInput body,
                     @AuthenticationPrincipal StammkundeUser user) {
        var cells = body.cells().stream().map(c -> new RecordSpend.Cell(c.channel(), c.month(), c.amount())).toList();
        return new Written(tx.write(() -> spend.record(new ShopId(shopId), cells, user.actor())));
    }

    /** CSV with the header {@code channel,month,amount} (UTF-8); all lines are checked before any is written. */
    @PostMapping(value = "/imports/marketing-spend", consumes = {"text/csv", "text/plain"})
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    Written importSpend(@PathVariable UUID shopId, HttpServletRequest request,
                        @AuthenticationPrincipal StammkundeUser user) {
        try (var reader = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
            return new Written(tx.write(() -> spend.importCsv(new ShopId(shopId), reader, user.actor())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CAC, LTV:CAC and payback per channel for the months {@code from}–{@code to} (default: the last 12). */
    @GetMapping("/analytics/acquisition")
    AcquisitionReportDto acquisition(@PathVariable UUID shopId,
                                     @Parameter(description = "first month, YYYY-MM")
                                     @RequestParam(required = false) @Nullable
                                     @Pattern(regexp = "\\d{4}-\\d{2}") String from,
                                     @Parameter(description = "last month, YYYY-MM")
                                     @RequestParam(required = false) @Nullable
                                     @Pattern(regexp = "\\d{4}-\\d{2}") String to) {
        var r = tx.read(() -> report.report(new ShopId(shopId), from == null ? null : YearMonth.parse(from),
                to == null ? null : YearMonth.parse(to)));
        return new AcquisitionReportDto(r.from().toString(), r.to().toString(), r.currency(),
                r.channels().stream().map(c -> new ChannelReportDto(c.channel().code(), c.name(), c.builtIn(),
                        c.spend().toPlainString(), c.acquired(), text(c.cac()), text(c.averageClv()),
                        text(c.ltvToCac()), text(c.paybackMonths()))).toList(),
                r.spend().toPlainString(), r.acquired(), text(r.blendedCac()), text(r.averageClv()),
                text(r.ltvToCac()));
    }

    @GetMapping("/analytics/settings")
    SettingsDto settings(@PathVariable UUID shopId) {
        var s = tx.read(() -> settings.current(new ShopId(shopId)));
        return new SettingsDto(s.grossMarginPercent(), s.annualDiscountRatePercent(), s.horizonMonths());
    }

    @PutMapping("/analytics/settings")
    SettingsDto changeSettings(@PathVariable UUID shopId,
                               @Valid @org.springframework.web.bind.annotation.RequestBody SettingsDto body,
                               @AuthenticationPrincipal StammkundeUser user) {
        var s = tx.write(() -> settings.change(new ShopId(shopId), new ValueSettings(body.grossMarginPercent(),
                body.annualDiscountRatePercent(), body.horizonMonths()), user.actor()));
        return new SettingsDto(s.grossMarginPercent(), s.annualDiscountRatePercent(), s.horizonMonths());
    }

    private static @Nullable String text(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

}
