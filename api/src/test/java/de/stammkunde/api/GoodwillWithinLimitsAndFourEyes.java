package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Goodwill in a complaint case: every kind of gesture with its cost in money; within the agent's limits given at
 * once, above any limit or the shop's budget a request that another owner approves or rejects (four eyes); limits
 * hold under parallel requests; fee refunds are paid and exported as CSV; everything in the audit log.
 */
class GoodwillWithinLimitsAndFourEyes extends ApiTest {
    private Fixtures.ShopContext shop;
    private ApiClient agent;
    private Fixtures.CustomerContext customer;

    @Test
    void everyKindOfGestureWithinAndAboveTheLimits() {
        shop = fixtures().newShop();
        customer = fixtures().newCustomer(shop);
        agent = fixtures().agentSession(shop);
        var policy = shop.owner().put(shop.path("/goodwill/policy"), Map.of("pointValue", "0.05",
                "monthlyBudget", "100.00", "agentLimits", Map.of("perGesture", "10.00", "perCase", "15.00",
                        "perMonth", "30.00"), "ownLimits", List.of()));
        assertThat(policy.status()).as(policy.raw()).isEqualTo(200);
        String cases = shop.path("/cases/" + caseInAgreement("Brötchen hart") + "/gestures");

        var points = agent.post(cases, Map.of("kind", "BONUS_POINTS", "points", 100), once());
        assertThat(points.status()).as(points.raw()).isEqualTo(201);
        assertThat(points.text("/status")).isEqualTo("ISSUED");
        assertThat(new BigDecimal(points.text("/cost"))).isEqualByComparingTo("5.00");
        var ledger = agent.get(shop.path("/customers/" + customer.customerId() + "/ledger")).json();
        assertThat(ledger.at("/items/0/type").asString()).isEqualTo("GOODWILL");
        assertThat(ledger.at("/items/0/availableDelta").asLong()).isEqualTo(100);

        String rewardId = shop.owner().post(shop.path("/rewards"), Map.of("name", "5 € Gutschein", "pointsCost", 50,
                "kind", "AMOUNT_OFF", "amount", "5.00")).text("/id");
        var voucher = agent.post(cases, Map.of("kind", "VOUCHER", "rewardId", rewardId), once());
        assertThat(voucher.text("/status")).isEqualTo("ISSUED");
        assertThat(voucher.text("/voucherId")).isNotBlank();
        ApiClient portal = fixtures().customerSession(customer);
        var portalVouchers = portal.get("/api/v1/portal/vouchers").json();
        assertThat(portalVouchers.at("/items").findValuesAsString("rewardName")).contains("5 € Gutschein");

        var allowance = agent.get(cases).json().at("/allowance");
        assertThat(new BigDecimal(allowance.at("/leftInCase").asString())).isEqualByComparingTo("5.00");
        assertThat(new BigDecimal(allowance.at("/leftThisMonth").asString())).isEqualByComparingTo("20.00");

        var refund = agent.post(cases, Map.of("kind", "FEE_REFUND", "description", "Liefergebühr",
                "amount", "8.00"), once());
        assertThat(refund.text("/status")).as("18 € in the case is above 15").isEqualTo("PENDING_APPROVAL");
        assertThat(refund.json().at("/overLimits").toString()).contains("PER_CASE");
        String refundId = refund.text("/id");
        assertThat(agent.get(shop.path("/goodwill/approvals")).status()).isEqualTo(403);
        var queue = shop.owner().get(shop.path("/goodwill/approvals")).json().at("/items");
        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.at("/0/caseSubject").asString()).as("the queue names the case").isEqualTo("Brötchen hart");
        assertThat(queue.at("/0/caseNumber").asLong()).isEqualTo(1);
        assertThat(queue.at("/0/customerName").asString()).isNotBlank();
        assertThat(agent.post(shop.path("/goodwill/gestures/" + refundId + "/approval"), Map.of(), once()).status())
                .as("agents do not approve").isEqualTo(403);
        var approved = shop.owner().post(shop.path("/goodwill/gestures/" + refundId + "/approval"),
                Map.of("reason", "Stammkundin"), once());
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.text("/status")).isEqualTo("ISSUED");
        assertThat(approved.text("/decidedByName")).isNotBlank();
        var again = shop.owner().post(shop.path("/goodwill/gestures/" + refundId + "/approval"), Map.of(), once());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/code")).isEqualTo("gesture-decided");

        String csv = csv("/goodwill/refunds.csv?paid=false");
        assertThat(csv).startsWith("refund_id,case_id,customer_id,fee,amount,currency,given_at,given_by,"
                + "approved_by,paid_at").contains(refundId + ",").contains(",Liefergebühr,8.00,EUR,");
        assertThat(shop.owner().post(shop.path("/goodwill/refunds/" + refundId + "/payment"), null).text(
                "/refundPaidAt")).isNotBlank();
        assertThat(shop.owner().get(shop.path("/goodwill/refunds?paid=false")).json().at("/items").size()).isZero();
        assertThat(csv("/goodwill/refunds.csv").lines().skip(1).findFirst()
                .orElseThrow()).doesNotEndWith(",");

        String subscriptionId = agent.post(shop.path("/customers/" + customer.customerId() + "/subscriptions"),
                Map.of("plan", "Brötchen-Abo", "monthlyFee", "9.90", "paidUntil", "2027-01-31"), once())
                .text("/id");
        var months = agent.post(cases, Map.of("kind", "FREE_MONTHS", "subscriptionId", subscriptionId,
                "months", 2), once());
        assertThat(new BigDecimal(months.text("/cost"))).isEqualByComparingTo("19.80");
        assertThat(months.text("/status")).isEqualTo("PENDING_APPROVAL");
        var rejected = shop.owner().post(shop.path("/goodwill/gestures/" + months.text("/id") + "/rejection"),
                Map.of("reason", "Zu viel für harte Brötchen"), once());
        assertThat(rejected.text("/status")).isEqualTo("REJECTED");
        assertThat(agent.get(shop.path("/customers/" + customer.customerId() + "/subscriptions")).json()
                .at("/items/0/paidUntil").asString()).as("rejected: nothing given").isEqualTo("2027-01-31");

        String ownCase = shop.path("/cases/" + caseInAgreement("Torte") + "/gestures");
        var ownMonths = shop.owner().post(ownCase, Map.of("kind", "FREE_MONTHS", "subscriptionId", subscriptionId,
                "months", 1), once());
        assertThat(ownMonths.text("/status")).as("owners have no agent limits; within the budget").isEqualTo(
                "ISSUED");
        assertThat(agent.get(shop.path("/customers/" + customer.customerId() + "/subscriptions")).json()
                .at("/items/0/paidUntil").asString()).isEqualTo("2027-02-28");
        var gift = shop.owner().post(ownCase, Map.of("kind", "GIFT", "description", "Torte zum Geburtstag",
                "amount", "90.00"), once());
        assertThat(gift.text("/status")).as("above the monthly budget").isEqualTo("PENDING_APPROVAL");
        assertThat(gift.json().at("/overLimits").toString()).contains("MONTHLY_BUDGET");
        var own = shop.owner().post(shop.path("/goodwill/gestures/" + gift.text("/id") + "/approval"), Map.of(),
                once());
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.text("/code")).isEqualTo("four-eyes");

        var recommended = agent.get(cases + "/recommendations");
        assertThat(recommended.status()).as(recommended.raw()).isEqualTo(200);
        assertThat(recommended.json().at("/reasons").toString()).as("no purchases yet; goodwill in the other case")
                .contains("severity.MEDIUM", "value.NEW", "serial.REPEATED");
        assertThat(recommended.json().at("/valueBasis").asString()).isEqualTo("REVENUE_TO_DATE");
        assertThat(recommended.json().at("/target").asString()).as("8 × 0.75 × 0.5").isEqualTo("3.00");
        assertThat(recommended.json().at("/items").findValuesAsString("kind"))
                .as("a product complaint: a voucher would come first, but the cheapest costs 5 €")
                .containsExactly("BONUS_POINTS", "GIFT");
        assertThat(agent.get(cases + "/recommendations").raw()).as("the same situation, the same answer")
                .isEqualTo(recommended.raw());

        var portalGoodwill = portal.get("/api/v1/portal/goodwill").json().at("/items");
        assertThat(portalGoodwill.findValuesAsString("kind")).containsExactlyInAnyOrder("BONUS_POINTS", "VOUCHER",
                "FEE_REFUND", "FREE_MONTHS");
        assertThat(portalGoodwill.toString()).as("never the cost or who decided").doesNotContain("cost")
                .doesNotContain("decided");

        JsonNode received = agent.get(shop.path("/customers/" + customer.customerId() + "/gestures")).json();
        assertThat(received.at("/items").findValuesAsString("kind")).containsExactly("BONUS_POINTS", "VOUCHER",
                "FEE_REFUND", "FREE_MONTHS", "FREE_MONTHS", "GIFT");
        var audit = shop.owner().get(shop.path("/audit-log?category=ALL&limit=200")).json().at("/items");
        assertThat(audit.findValuesAsString("action")).contains("goodwill.issued", "goodwill.requested",
                "goodwill.approved", "goodwill.rejected", "goodwill.refund-paid", "goodwill.policy-changed");
    }

    @Test
    void badGesturesAreRefusedNamingTheFieldAndWriteNothing() {
        shop = fixtures().newShop();
        customer = fixtures().newCustomer(shop);
        agent = fixtures().agentSession(shop);
        String caseId = caseInAgreement("Kaffee kalt");
        String path = shop.path("/cases/" + caseId + "/gestures");
        record Bad(Map<String, Object> body, int status, String field) {
        }
        for (Bad b : List.of(
                new Bad(Map.of("kind", "BONUS_POINTS"), 422, "points"),
                new Bad(Map.of("kind", "BONUS_POINTS", "points", 0), 400, "points"),
                new Bad(Map.of("kind", "FEE_REFUND", "description", "Gebühr", "amount", "0"), 422, "amount"),
                new Bad(Map.of("kind", "FEE_REFUND", "description", "Gebühr", "amount", "1.234"), 422, "amount"),
                new Bad(Map.of("kind", "GIFT", "amount", "3.00"), 422, "description"),
                new Bad(Map.of("kind", "FREE_MONTHS", "months", 1), 422, "subscriptionId"),
                new Bad(Map.of("kind", "HUG"), 400, "kind"))) {
            var refused = agent.post(path, b.body(), once());
            assertThat(refused.status()).as(b + " " + refused.raw()).isEqualTo(b.status());
            assertThat(refused.json().at("/errors").findValuesAsString("field")).as(b.toString())
                    .contains(b.field());
        }
        assertThat(agent.post(path, Map.of("kind", "VOUCHER", "rewardId", UUID.randomUUID().toString()), once())
                .status()).isEqualTo(404);
        var badPolicy = shop.owner().put(shop.path("/goodwill/policy"), Map.of("pointValue", "0",
                "monthlyBudget", "100.00", "agentLimits", Map.of("perGesture", "10", "perCase", "15",
                        "perMonth", "30"), "ownLimits", List.of()));
        assertThat(badPolicy.status()).isEqualTo(422);
        assertThat(badPolicy.json().at("/errors").findValuesAsString("field")).contains("pointValue");
        assertThat(agent.put(shop.path("/goodwill/policy"), Map.of()).status()).isEqualTo(403);
        assertThat(agent.get(path).json().at("/items").size()).isZero();

        String greeting = shop.owner().post(shop.path("/cases"), Map.of("customerId", customer.customerId(),
                "subject", "Neu", "category", "OTHER", "severity", "LOW", "channel", "EMAIL"), once()).text("/id");
        var early = agent.post(shop.path("/cases/" + greeting + "/gestures"), Map.of("kind", "GIFT",
                "description", "Blumen", "amount", "5.00"), once());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("/code")).isEqualTo("gesture-wrong-step");
    }

    @Test
    void twentyParallelRequestsAtTheEdgeOfTheMonthlyLimitNeverSumAboveIt() throws Exception {
        shop = fixtures().newShop();
        customer = fixtures().newCustomer(shop);
        agent = fixtures().agentSession(shop);
        shop.owner().put(shop.path("/goodwill/policy"), Map.of("pointValue", "0.01", "monthlyBudget", "1000.00",
                "agentLimits", Map.of("perGesture", "10.00", "perCase", "1000.00", "perMonth", "10.00"),
                "ownLimits", List.of()));
        String path = shop.path("/cases/" + caseInAgreement("Lieferung zu spät") + "/gestures");
        assertThat(agent.post(path, Map.of("kind", "GIFT", "description", "Blumen", "amount", "8.00"), once())
                .text("/status")).isEqualTo("ISSUED");
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> agent.post(path, Map.of("kind", "GIFT", "description", "Keks", "amount", "1.00"),
                    once()).text("/status"));
        }
        List<String> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (Future<String> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        }
        assertThat(statuses.stream().filter("ISSUED"::equals).count()).as(statuses.toString()).isEqualTo(2);
        assertThat(statuses.stream().filter("PENDING_APPROVAL"::equals).count()).isEqualTo(18);
        BigDecimal issued = BigDecimal.ZERO;
        for (JsonNode g : agent.get(path).json().at("/items")) {
            if (g.at("/status").asString().equals("ISSUED")) {
                issued = issued.add(new BigDecimal(g.at("/cost").asString()));
            }
        }
        assertThat(issued).isEqualByComparingTo("10.00");
        assertThat(new BigDecimal(agent.get(path).json().at("/allowance/leftThisMonth").asString()))
                .isEqualByComparingTo("0");
    }

    private String csv(String path) {
        var response = shop.owner().send("GET", shop.path(path), null, Map.of("Accept", "text/csv"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        return response.raw();
    }

    /** A case of the customer, walked by the agent to Vereinbaren; its id. */
    private String caseInAgreement(String subject) {
        String id = agent.post(shop.path("/cases"), Map.of("customerId", customer.customerId(), "subject", subject,
                "category", "PRODUCT_QUALITY", "severity", "MEDIUM", "channel", "PHONE"), once()).text("/id");
        String path = shop.path("/cases/" + id);
        agent.post(path + "/acknowledgement", Map.of(), once());
        agent.post(path + "/understanding", Map.of("facts", "f", "expectation", "e"), once());
        return id;
    }

    private static Map<String, String> once() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }
}
