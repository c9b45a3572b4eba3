package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

/**
 * Customer value as the owner meets it: a simulated two-year history is imported, a scoring run follows by itself,
 * the model endpoint fits BG/NBD and Gamma-Gamma as of a date with the holdout check, the dashboard and the segment
 * lists show the run's values, and an agent sees one customer's value; a shop with little history gets the simpler
 * model and is told why.
 */
class CustomerValueIsModelledFromTheShopsHistory extends ApiTest {
    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv");

    @Test
    void aRealSizedHistoryIsModelledScoredAndShown() {
        Fixtures.ShopContext shop = fixtures().newShop();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String file = simulatedHistory(600, today, new RandomDataGenerator(42));
        upload(shop, file);
        var run = awaitRun(shop);
        assertThat(run.at("/status").asString()).isEqualTo("DONE");
        assertThat(run.at("/model").asString()).isEqualTo("BG_NBD");
        assertThat(run.at("/reason").asString()).contains("BG/NBD").contains("600");
        assertThat(run.at("/customers").asLong()).isEqualTo(600);

        LocalDate calibrationEnd = today.minusWeeks(26);
        var model = shop.owner().get(shop.path("/analytics/clv/model?calibrationEnd=" + calibrationEnd
                + "&holdoutEnd=" + today));
        assertThat(model.status()).as(model.raw()).isEqualTo(200);
        var m = model.json();
        assertThat(m.at("/timeUnit").asString()).isEqualTo("WEEKS");
        assertThat(m.at("/bgnbd/r").asDouble()).isPositive();
        assertThat(m.at("/bgnbd/alpha").asDouble()).isPositive();
        assertThat(m.at("/bgnbd/a").asDouble()).isPositive();
        assertThat(m.at("/bgnbd/b").asDouble()).isPositive();
        assertThat(m.at("/bgnbd/logLikelihood").asDouble()).isNegative();
        assertThat(m.at("/gammaGamma/p").asDouble()).isPositive();
        assertThat(m.at("/customers").asLong()).isBetween(300L, 600L);
        assertThat(m.at("/holdout/weeks").asDouble()).isEqualTo(26.0);
        var cumulative = m.at("/holdout/cumulative");
        var last = cumulative.get(cumulative.size() - 1);
        assertThat(last.at("/date").asString()).isEqualTo(today.toString());
        // the simulation is the model's own process: its forecast of the holdout lands near what happened
        assertThat(last.at("/expected").asDouble()).isCloseTo(last.at("/actual").asDouble(),
                within(0.25 * last.at("/actual").asDouble()));
        assertThat(m.at("/holdout/byFrequency/0/frequency").asInt()).isZero();

        var dashboard = shop.owner().get(shop.path("/analytics/dashboard")).json();
        assertThat(dashboard.at("/members").asLong()).isEqualTo(600);
        assertThat(dashboard.at("/buyers").asLong()).isEqualTo(600);
        assertThat(dashboard.at("/clv/model").asString()).isEqualTo("BG_NBD");
        assertThat(dashboard.at("/clv/customers").asLong()).isEqualTo(600);
        long inSegments = 0;
        for (var s : dashboard.at("/segments")) {
            inSegments += s.at("/customers").asLong();
        }
        assertThat(inSegments).isEqualTo(600);
        long inBuckets = 0;
        for (var b : dashboard.at("/clv/distribution")) {
            inBuckets += b.at("/customers").asLong();
        }
        assertThat(inBuckets).isEqualTo(600);
        assertThat(dashboard.at("/cohorts").size()).isPositive();
        assertThat(dashboard.at("/cohorts/0/retention/0").asDouble()).isEqualTo(1.0);

        var atRisk = shop.owner().get(shop.path("/analytics/clv/customers?segment=LIKELY_LOST&limit=5")).json();
        assertThat(atRisk.at("/total").asLong()).isPositive();
        var items = atRisk.at("/items");
        for (int i = 1; i < items.size(); i++) {
            assertThat(Double.parseDouble(items.get(i).at("/clv").asString()))
                    .isLessThanOrEqualTo(Double.parseDouble(items.get(i - 1).at("/clv").asString()));
            assertThat(items.get(i).at("/segment").asString()).isEqualTo("LIKELY_LOST");
        }
        var csv = shop.owner().send("GET", shop.path("/analytics/clv/customers.csv?segment=LIKELY_LOST"), null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.raw().lines().count()).isEqualTo(atRisk.at("/total").asLong() + 1);

        String top = dashboard.at("/clv/top/0/customerId").asString();
        var value = fixtures().agentSession(shop).get(shop.path("/customers/" + top + "/value")).json();
        assertThat(value.at("/clv").asString()).isEqualTo(dashboard.at("/clv/top/0/clv").asString());
        assertThat(value.at("/pAlive").asDouble()).isBetween(0.0, 1.0);
        assertThat(value.at("/model").asString()).isEqualTo("BG_NBD");
    }

    @Test
    void aShopWithLittleHistoryGetsTheHistoricalValueAndIsToldWhy() {
        Fixtures.ShopContext shop = fixtures().newShop();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        upload(shop, "customer_ref,purchased_at,amount\nA,%s,10.00\nA,%s,20.00\nB,%s,5.00\n".formatted(
                today.minusDays(20), today.minusDays(3), today.minusDays(10)));
        var run = awaitRun(shop);
        assertThat(run.at("/model").asString()).isEqualTo("HISTORICAL");
        assertThat(run.at("/reason").asString()).contains("Too little history");
        var de = shop.owner().language("de").get(shop.path("/analytics/clv/runs")).json().at("/items/0/reason");
        assertThat(de.asString()).contains("Zu wenig Historie");
        var dashboard = shop.owner().get(shop.path("/analytics/dashboard")).json();
        // historical CLV: 30 % default margin of 35.00 revenue
        assertThat(dashboard.at("/clv/total").asString()).isEqualTo("10.50");
        var model = shop.owner().language("en").get(shop.path("/analytics/clv/model?calibrationEnd=" + today.minusDays(15)));
        assertThat(model.json().at("/reason").asString()).contains("second time");
        assertThat(model.json().at("/bgnbd").isNull()).isTrue();
    }

    @Test
    void datesOutsideTheHistoryAreRefusedNamingTheField() {
        Fixtures.ShopContext shop = fixtures().newShop();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        var future = shop.owner().get(shop.path("/analytics/clv/model?calibrationEnd=" + today.plusDays(2)));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.raw()).contains("calibrationEnd");
        var before = shop.owner().get(shop.path("/analytics/clv/model?calibrationEnd=" + today.minusDays(10)
                + "&holdoutEnd=" + today.minusDays(20)));
        assertThat(before.status()).isEqualTo(422);
        assertThat(before.raw()).contains("holdoutEnd");
        var notADate = shop.owner().get(shop.path("/analytics/clv/model?calibrationEnd=gestern"));
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.raw()).contains("calibrationEnd");
    }

    /**
     * Customers who join over two years, buy at a rate λ ~ Gamma(0.8, 8 weeks) and after each repeat purchase drop out
     * with p ~ Beta(1, 4) — the BG/NBD story — with order values around 20.
     */
    static String simulatedHistory(int customers, LocalDate today, RandomDataGenerator random) {
        StringBuilder out = new StringBuilder("customer_ref,purchased_at,amount\n");
        int days = 730;
        for (int c = 0; c < customers; c++) {
            double lambda = random.nextGamma(0.8, 1) / 8.0; // per week
            double p = random.nextBeta(1, 4);
            int first = random.nextInt(days - 14);
            LocalDate day = today.minusDays(days).plusDays(first);
            double spend = 10 + random.nextGamma(4, 1) * 3;
            out.append("S-").append(c).append(',').append(day).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", spend)).append('\n');
            double t = first / 7.0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / lambda;
                if (t * 7 >= days) {
                    break;
                }
                LocalDate when = today.minusDays(days).plusDays((long) (t * 7));
                out.append("S-").append(c).append(',').append(when).append(',').append(String.format(
                        java.util.Locale.ROOT, "%.2f", spend * (0.5 + random.nextDouble()))).append('\n');
                if (random.nextDouble() < p) {
                    break;
                }
            }
        }
        return out.toString();
    }



    private void upload(Fixtures.ShopContext shop, String file) {
        var accepted = shop.owner().send("POST", shop.path("/imports/purchases"),
                file.getBytes(StandardCharsets.UTF_8), CSV);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
    }

    /** Waits for the scoring run the import queues. */
    private static tools.jackson.databind.JsonNode awaitRun(Fixtures.ShopContext shop) {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            ApiClient.Response runs = shop.owner().get(shop.path("/analytics/clv/runs"));
            var items = runs.json().at("/items");
            if (items.size() > 0) {
                String status = items.get(0).at("/status").asString();
                if (status.equals("DONE") || status.equals("FAILED")) {
                    return items.get(0);
                }
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no finished run: " + runs.raw());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
