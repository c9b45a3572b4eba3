package de.stammkunde.api.programme;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.demo.DemoSeed;
import de.stammkunde.api.demo.DemoShop;
import de.stammkunde.domain.programme.ChangeEarningRule;
import de.stammkunde.domain.programme.ChangeReturnWindow;
import de.stammkunde.domain.programme.ManagePromotions;
import de.stammkunde.domain.programme.Promotion;
import de.stammkunde.domain.shop.Shop;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo: a 14-day return window (recent purchases show pending points), welcome and referral bonuses, a weekend
 * promotion and two category campaigns (coffee, cakes) that started 30 days ago and run two more weeks.
 */
@Component
@Profile("demo")
class ProgrammeDemo implements DemoSeed {
    private final ChangeReturnWindow changeReturnWindow;
    private final ChangeEarningRule changeEarningRule;
    private final ManagePromotions managePromotions;
    private final Transactions tx;

    ProgrammeDemo(ChangeReturnWindow changeReturnWindow, ChangeEarningRule changeEarningRule,
                  ManagePromotions managePromotions, Transactions tx) {
        this.changeReturnWindow = changeReturnWindow;
        this.changeEarningRule = changeEarningRule;
        this.managePromotions = managePromotions;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed(DemoShop demo) {
        Shop shop = demo.shop();
        tx.run(() -> {
            changeReturnWindow.change(shop.id(), 14, demo.owner());
            changeEarningRule.changeBonuses(shop.id(), 50L, 100L, 50L, demo.owner());
            // Periods from local midnights (not + 48 h): a weekend with a clock change still ends at midnight.
            LocalDate saturday = demo.today().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            managePromotions.create(shop.id(), new ManagePromotions.Command("Doppelte Punkte am Wochenende",
                    Promotion.Kind.MULTIPLIER, new BigDecimal("2"), null, null,
                    saturday.atStartOfDay(shop.timeZone()).toInstant(),
                    saturday.plusDays(2).atStartOfDay(shop.timeZone()).toInstant(), true, null), demo.owner());
            LocalDate campaignFirstDay = demo.today().minusDays(30);
            Instant campaignStart = campaignFirstDay.atStartOfDay(shop.timeZone()).toInstant();
            Instant campaignEnd = campaignFirstDay.plusDays(44).atStartOfDay(shop.timeZone()).toInstant();
            managePromotions.create(shop.id(), new ManagePromotions.Command(
                    "Kaffee-Wochen: dreifache Punkte auf Kaffee", Promotion.Kind.MULTIPLIER, new BigDecimal("3"),
                    null, null, campaignStart, campaignEnd, true, "Kaffee"), demo.owner());
            managePromotions.create(shop.id(), new ManagePromotions.Command("Tortenbonus ab 30 €",
                    Promotion.Kind.FIXED_BONUS, null, 30L, new BigDecimal("30"), campaignStart, campaignEnd, true,
                    "Torten"), demo.owner());
        });
    }
}
