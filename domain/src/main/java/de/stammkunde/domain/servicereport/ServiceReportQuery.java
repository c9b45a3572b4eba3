package de.stammkunde.domain.servicereport;

import de.stammkunde.domain.complaint.ServiceReport;
import de.stammkunde.domain.complaint.ServiceReports;
import de.stammkunde.domain.goodwill.GoodwillSettings;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.LocalDate;

/** The owner's service report for the days [{@code from}, {@code to}] in the shop's zone, at most two years. */
public final class ServiceReportQuery {
    private final ServiceReports reports;
    private final GoodwillSettings goodwill;
    private final Shops shops;

    public ServiceReportQuery(ServiceReports reports, GoodwillSettings goodwill, Shops shops) {
        this.reports = reports;
        this.goodwill = goodwill;
        this.shops = shops;
    }

    public ServiceReport report(ShopId shopId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusYears(2).isBefore(to)) {
            Decision.reject("report-period", "to", "A period of up to two years, ending after it starts").orThrow();
        }
        Shop shop = shops.byId(shopId).orElseThrow();
        return reports.report(shopId, shop.timeZone(), from.atStartOfDay(shop.timeZone()).toInstant(),
                to.plusDays(1).atStartOfDay(shop.timeZone()).toInstant(), goodwill.policy(shopId).monthlyBudget());
    }
}
