package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Tenant isolation and roles, for every API endpoint the application has (read from Spring's handler mappings, so
 * a new endpoint is walked the day it is added): another shop's owner, agent, customer and till get 404 for shop
 * A's staff resources; anonymous callers get 401; the shop's own customers get 403; shop B's staff get 404 for
 * shop A's ids under shop B's own path; a till reaches only the till endpoints (403 elsewhere); in the portal,
 * a customer of shop B — and another customer of shop A — get 404 for ids that are not theirs, staff and tills
 * 403. Every request carries a valid body, so the answer is about who asks, not about the body.
 */
class AnotherShopsUsersGetNotFoundEverywhere extends ApiTest {
    private static final String SHOPS = "/api/v1/shops/{shopId}";
    private static final String PORTAL = "/api/v1/portal/";
    /** What a till (API key) may do; every other staff endpoint answers it 403. */
    private static final Set<Endpoint> TILL_ENDPOINTS = Set.of(
            new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/purchases"),
            new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/purchases/{purchaseId}/returns"),
            new Endpoint(RequestMethod.GET, SHOPS + "/vouchers/{code}"),
            new Endpoint(RequestMethod.POST, SHOPS + "/vouchers/{code}/redemption"),
            new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/contacts"),
            new Endpoint(RequestMethod.GET, SHOPS + "/customers/{customerId}/subscriptions"),
            new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/subscriptions"),
            new Endpoint(RequestMethod.PUT, SHOPS + "/customers/{customerId}/subscriptions/{subscriptionId}"));
    /** Path variables naming something that belongs to one customer (not to the whole shop, as a reward does). */
    private static final Set<String> CUSTOMER_OWNED = Set.of("voucherId");
    /**
     * The only API routes outside the shop and portal trees: logging in, signing up, tokens from e-mails, and one's
     * own password (the logged-in person's, whoever it is; PasswordsAreResetByMailAndChangedWithTheCurrentOne).
     */
    private static final Set<Endpoint> PUBLIC_ENDPOINTS = Set.of(
            new Endpoint(RequestMethod.POST, "/api/v1/auth/password-reset"),
            new Endpoint(RequestMethod.GET, "/api/v1/auth/password-reset/{token}"),
            new Endpoint(RequestMethod.POST, "/api/v1/auth/password-reset/{token}"),
            new Endpoint(RequestMethod.POST, "/api/v1/portal/auth/password-reset"),
            new Endpoint(RequestMethod.GET, "/api/v1/portal/auth/password-reset/{token}"),
            new Endpoint(RequestMethod.POST, "/api/v1/portal/auth/password-reset/{token}"),
            new Endpoint(RequestMethod.PUT, "/api/v1/account/password"),
            new Endpoint(RequestMethod.GET, "/api/v1/auth/email-verification/{token}"),
            new Endpoint(RequestMethod.POST, "/api/v1/auth/email-verification/{token}"),
            new Endpoint(RequestMethod.GET, "/api/v1/auth/session"),
            new Endpoint(RequestMethod.POST, "/api/v1/auth/signup"),
            new Endpoint(RequestMethod.POST, "/api/v1/auth/login"),
            new Endpoint(RequestMethod.POST, "/api/v1/auth/logout"),
            new Endpoint(RequestMethod.GET, "/api/v1/auth/invitations/{token}"),
            new Endpoint(RequestMethod.POST, "/api/v1/auth/invitations/{token}/accept"),
            new Endpoint(RequestMethod.POST, "/api/v1/portal/auth/login"),
            new Endpoint(RequestMethod.GET, "/api/v1/portal/auth/activations/{token}"),
            new Endpoint(RequestMethod.POST, "/api/v1/portal/auth/activations/{token}"),
            new Endpoint(RequestMethod.POST, "/api/v1/auth/login/second-factor"),
            new Endpoint(RequestMethod.POST, "/api/v1/portal/auth/login/second-factor"),
            new Endpoint(RequestMethod.GET, "/api/v1/account/second-factor"),
            new Endpoint(RequestMethod.POST, "/api/v1/account/second-factor"),
            new Endpoint(RequestMethod.POST, "/api/v1/account/second-factor/setup"),
            new Endpoint(RequestMethod.POST, "/api/v1/account/second-factor/recovery-codes"),
            new Endpoint(RequestMethod.POST, "/api/v1/account/second-factor/disable"),
            new Endpoint(RequestMethod.POST, "/api/v1/account/second-factor/check"),
            new Endpoint(RequestMethod.GET, "/api/v1/surveys/{token}"),
            new Endpoint(RequestMethod.POST, "/api/v1/surveys/{token}"));
    /**
     * A valid body for every endpoint that takes one (a new endpoint with a body must add one here), built from the
     * ids the request is about, so that no answer is a 400 about the body.
     */
    private static final Map<Endpoint, Function<Map<String, String>, Object>> BODIES = bodies();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Fixtures.ShopContext shopA;
    private Fixtures.CustomerContext customerOfA;
    private Caller ownerOfA;
    private Caller ownCustomerOfA;
    private Caller otherCustomerOfA;
    private Caller agentOfA;
    private Caller tillOfA;
    private Map<String, String> idsOfA;
    private Fixtures.ShopContext shopB;
    private Caller ownerOfB;
    private Caller agentOfB;
    private Caller customerOfB;
    private Caller tillOfB;

    /** Who asks: a client (with its session, if any) and the headers it sends (a till's key). */
    record Caller(String name, ApiClient client, Map<String, String> headers) {
        Caller(String name, ApiClient client) {
            this(name, client, Map.of());
        }
    }

    /** One request to an endpoint; {@link #path} fills the path variables. */
    record Endpoint(RequestMethod method, String pattern) {
        /** Fills every path variable; a new variable needs a resource in {@link #idsOfA}. */
        String path(Map<String, String> ids) {
            String path = pattern;
            for (var variable : ids.entrySet()) {
                path = path.replace("{" + variable.getKey() + "}", variable.getValue());
            }
            assertThat(path).as("every path variable of %s has a resource of shop A", pattern).doesNotContain("{");
            return path;
        }

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{(\\w+)}").matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        boolean isStaff() {
            return pattern.startsWith(SHOPS);
        }

        boolean isPortal() {
            return pattern.startsWith(PORTAL) && !pattern.startsWith(PORTAL + "auth/");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @BeforeEach
    void twoShops() {
        shopA = fixtures().newShop();
        customerOfA = fixtures().newCustomer(shopA);
        fixtures().purchase(shopA, shopA.owner(), customerOfA.customerId(), "10.00", UUID.randomUUID() + "");
        ownerOfA = new Caller("owner of A", shopA.owner());
        ownCustomerOfA = new Caller("customer of A", fixtures().customerSession(customerOfA));
        otherCustomerOfA = new Caller("another customer of A", fixtures().customerSession(
                fixtures().newCustomer(shopA)));
        agentOfA = new Caller("agent of A", fixtures().agentSession(shopA));
        String rewardOfA = shopA.owner().post(shopA.path("/rewards"), Map.of("name", "Kaffee", "pointsCost", 5,
                "kind", "FREE_ITEM", "item", "Kaffee")).text("/id");
        String purchaseOfA = shopA.owner().get(shopA.path("/customers/" + customerOfA.customerId() + "/purchases"))
                .text("/items/0/id");
        var voucher = shopA.owner().post(shopA.path("/customers/" + customerOfA.customerId() + "/redemptions"),
                Map.of("rewardId", rewardOfA), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(voucher.status()).as(voucher.raw()).isEqualTo(201);
        String promotionOfA = shopA.owner().post(shopA.path("/promotions"), Map.of("name", "Doppelt", "kind",
                "MULTIPLIER", "multiplier", "2", "startsAt", "2026-01-01T00:00:00Z", "endsAt", "2026-01-02T00:00:00Z"))
                .text("/id");
        String tierOfA = shopA.owner().post(shopA.path("/tiers"), Map.of("name", "Gold", "threshold", "500",
                "multiplier", "2")).text("/id");
        var key = shopA.owner().post(shopA.path("/api-keys"), Map.of("name", "Kasse"));
        tillOfA = till("till of A", key.text("/secret"));
        String invitationOfA = shopA.owner().post(shopA.path("/staff/invitations"), Map.of("email",
                "eingeladen@example.de", "role", "AGENT")).text("/id");
        String staffOfA = fixtures().agentSession(shopA).get("/api/v1/auth/session").text("/user/id");
        String caseOfA = shopA.owner().post(shopA.path("/cases"), Map.of("customerId", customerOfA.customerId(),
                "subject", "Kaffee kalt", "category", "PRODUCT_QUALITY", "severity", "LOW", "channel", "IN_STORE"),
                once()).text("/id");
        String casePath = shopA.path("/cases/" + caseOfA);
        shopA.owner().post(casePath + "/acknowledgement", Map.of(), once());
        shopA.owner().post(casePath + "/understanding", Map.of("facts", "kalt", "expectation", "heiß"), once());
        shopA.owner().post(casePath + "/agreement", Map.of("optionsOffered", "neuer", "agreement", "neuer"), once());
        String actionOfA = shopA.owner().post(casePath + "/actions", Map.of("description", "Kaffee kochen",
                "dueOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString()), once())
                .text("/actions/0/id");
        String subscriptionOfA = shopA.owner().post(shopA.path("/customers/" + customerOfA.customerId()
                + "/subscriptions"), Map.of("plan", "Abo", "monthlyFee", "9.90", "paidUntil", "2027-01-31"), once())
                .text("/id");
        String standardOfA = shopA.owner().post(shopA.path("/service-standards"), Map.of("name", "Anrufe",
                "metric", "FIRST_RESPONSE", "thresholdMinutes", 2, "targetPercent", "90")).text("/id");
        String gestureOfA = shopA.owner().post(casePath + "/gestures", Map.of("kind", "FEE_REFUND",
                "description", "Liefergebühr", "amount", "400.00"), once()).text("/id");
        String channelOfA = shopA.owner().post(shopA.path("/acquisition-channels"), Map.of("name", "Flyer A"))
                .text("/code");
        String importOfA = shopA.owner().send("POST", shopA.path("/imports/purchases"),
                // the shop's own customer (by e-mail): the walk below counts the shop's customers
                "customer_ref,purchased_at,amount,email\nK-1,2025-01-02,3.50," + customerOfA.email() + "\n",
                Map.of("Content-Type", "text/csv"))
                .text("/id");
        idsOfA = Map.ofEntries(Map.entry("shopId", shopA.shopId()),
                Map.entry("importId", importOfA), Map.entry("channel", channelOfA),
                Map.entry("customerId", customerOfA.customerId()), Map.entry("rewardId", rewardOfA),
                Map.entry("code", voucher.text("/voucher/code")), Map.entry("voucherId", voucher.text("/voucher/id")),
                Map.entry("purchaseId", purchaseOfA), Map.entry("promotionId", promotionOfA),
                Map.entry("tierId", tierOfA), Map.entry("keyId", key.text("/id")),
                Map.entry("invitationId", invitationOfA), Map.entry("staffId", staffOfA),
                Map.entry("caseId", caseOfA), Map.entry("actionId", actionOfA),
                Map.entry("subscriptionId", subscriptionOfA), Map.entry("gestureId", gestureOfA),
                Map.entry("standardId", standardOfA));
        assertThat(idsOfA.values()).doesNotContain("");

        shopB = fixtures().newShop();
        ownerOfB = new Caller("owner of B", shopB.owner());
        agentOfB = new Caller("agent of B", fixtures().agentSession(shopB));
        customerOfB = new Caller("customer of B", fixtures().customerSession(fixtures().newCustomer(shopB)));
        tillOfB = till("till of B", shopB.owner().post(shopB.path("/api-keys"), Map.of("name", "Kasse B"))
                .text("/secret"));
    }

    @Test
    void everyApiRouteIsAStaffAPortalOrAPublicOne() {
        List<Endpoint> all = endpoints(e -> e.pattern().startsWith("/api/"));
        assertThat(all.stream().filter(e -> !e.isStaff() && !e.isPortal()).toList())
                .as("routes outside /api/v1/shops/{shopId} and /api/v1/portal are walked nowhere: "
                        + "a new one must be added to this test on purpose")
                .containsExactlyInAnyOrderElementsOf(PUBLIC_ENDPOINTS);
        assertThat(endpoints(Endpoint::isPortal)).as("the portal as we know it, at least").contains(
                new Endpoint(RequestMethod.GET, "/api/v1/portal/vouchers/{voucherId}/qr"),
                new Endpoint(RequestMethod.POST, "/api/v1/portal/rewards/{rewardId}/redemptions"),
                new Endpoint(RequestMethod.GET, "/api/v1/portal/me"));
        assertThat(endpoints(Endpoint::isStaff)).as("the staff API as we know it, at least").contains(
                new Endpoint(RequestMethod.GET, SHOPS + "/customers"),
                new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/purchases"),
                new Endpoint(RequestMethod.PUT, SHOPS + "/programme"),
                new Endpoint(RequestMethod.POST, SHOPS + "/staff/invitations"),
                new Endpoint(RequestMethod.POST, SHOPS + "/vouchers/{code}/redemption"),
                new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/adjustments"));
        assertThat(endpoints(Endpoint::isStaff)).containsAll(TILL_ENDPOINTS);
        List<Endpoint> withBody = all.stream().filter(this::takesABody).toList();
        assertThat(BODIES.keySet()).as("a valid example body for every endpoint that takes one")
                .containsExactlyInAnyOrderElementsOf(withBody.stream().filter(e -> !PUBLIC_ENDPOINTS.contains(e))
                        .toList());
    }

    @Test
    void everyShopEndpointAnswers404ToAnotherShopsUsers() {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints(Endpoint::isStaff)) {
            String path = endpoint.path(idsOfA);
            expect(failures, endpoint, ownerOfB, path, idsOfA, 404);
            expect(failures, endpoint, agentOfB, path, idsOfA, 404);
            expect(failures, endpoint, customerOfB, path, idsOfA, 404);
            expect(failures, endpoint, tillOfB, path, idsOfA, 404);
            expect(failures, endpoint, anonymous(), path, idsOfA, 401);
            expect(failures, endpoint, ownCustomerOfA, path, idsOfA, 403);
        }
        assertThat(failures).isEmpty();
        // Nothing of shop A changed through all of that.
        var detail = shopA.owner().get(shopA.path("/customers/" + customerOfA.customerId()));
        assertThat(detail.json().at("/balance/available").asLong()).isEqualTo(5);
        assertThat(shopA.owner().get(shopA.path("/vouchers/" + idsOfA.get("code"))).text("/status"))
                .isEqualTo("ISSUED");
        assertThat(shopA.owner().get(shopA.path("/rewards")).text("/items/0/name")).isEqualTo("Kaffee");
        assertThat(shopA.owner().get(shopA.path("/customers")).json().at("/total").asLong()).isEqualTo(2);
        assertThat(shopA.owner().get(shopA.path("/programme")).text("/basePointsPerUnit")).isEqualTo("1.0000");
        var complaint = shopA.owner().get(shopA.path("/cases/" + idsOfA.get("caseId"))).json();
        assertThat(complaint.at("/step").asString()).isEqualTo("DELIVER");
        assertThat(complaint.at("/timeline").size()).as("nothing added to shop A's case").isEqualTo(5);
        assertThat(shopA.owner().get(shopA.path("/goodwill/approvals")).json().at("/items/0/status").asString())
                .as("shop A's request still waits").isEqualTo("PENDING_APPROVAL");
        var keys = shopA.owner().get(shopA.path("/api-keys")).json().at("/items");
        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.get(0).has("revokedAt")).as("the till's key is not revoked: %s", keys).isFalse();
    }

    @Test
    void shopBsStaffGet404ForShopAsIdsUnderTheirOwnShop() {
        Map<String, String> aIdsUnderB = new LinkedHashMap<>(idsOfA);
        aIdsUnderB.put("shopId", shopB.shopId());
        List<Endpoint> withIds = endpoints(e -> e.isStaff() && e.variables().size() > 1);
        assertThat(withIds).hasSizeGreaterThan(10);
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : withIds) {
            String path = endpoint.path(aIdsUnderB);
            expect(failures, endpoint, ownerOfB, path, aIdsUnderB, s -> s == 404, "404");
            // An agent may be refused for the role (403) before anything is looked up; never anything else.
            expect(failures, endpoint, agentOfB, path, aIdsUnderB, s -> s == 404 || s == 403,
                    "404 or 403");
            expect(failures, endpoint, tillOfB, path, aIdsUnderB,
                    TILL_ENDPOINTS.contains(endpoint) ? 404 : 403);
        }
        assertThat(failures).isEmpty();
        assertThat(shopA.owner().get(shopA.path("/customers/" + customerOfA.customerId())).json()
                .at("/balance/available").asLong()).as("10 earned, 5 redeemed, nothing from shop B").isEqualTo(5);
        assertThat(shopA.owner().get(shopA.path("/vouchers/" + idsOfA.get("code"))).text("/status"))
                .isEqualTo("ISSUED");
    }

    @Test
    void aTillReachesTheTillEndpointsOfItsShopAndNothingElse() {
        List<String> failures = new ArrayList<>();
        // Refusals first: the allowed calls below use the voucher up and return goods.
        for (Endpoint endpoint : endpoints(e -> e.isStaff() && !TILL_ENDPOINTS.contains(e))) {
            expect(failures, endpoint, tillOfA, endpoint.path(idsOfA), idsOfA, 403);
        }
        for (Endpoint endpoint : endpoints(Endpoint::isPortal)) {
            expect(failures, endpoint, tillOfA, endpoint.path(idsOfA), idsOfA, 403);
        }
        for (Endpoint endpoint : TILL_ENDPOINTS.stream().sorted(Comparator.comparing(Endpoint::pattern)).toList()) {
            expect(failures, endpoint, tillOfA, endpoint.path(idsOfA), idsOfA,
                    s -> s >= 200 && s < 300, "2xx");
        }
        assertThat(failures).isEmpty();
        assertThat(shopA.owner().get(shopA.path("/vouchers/" + idsOfA.get("code"))).text("/status"))
                .as("the till took the voucher").isEqualTo("REDEEMED");
        assertThat(shopA.owner().get(shopA.path("/customers")).json().at("/total").asLong())
                .as("the till enrolled nobody").isEqualTo(2);
    }

    @Test
    void everyPortalEndpointWithAnIdAnswers404ForSomeoneElsesIds() {
        List<Endpoint> withIds = endpoints(e -> e.isPortal() && !e.variables().isEmpty());
        assertThat(withIds).as("portal routes taking an id").isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : withIds) {
            String path = endpoint.path(idsOfA);
            expect(failures, endpoint, customerOfB, path, idsOfA, 404);
            if (endpoint.variables().stream().anyMatch(CUSTOMER_OWNED::contains)) {
                expect(failures, endpoint, otherCustomerOfA, path, idsOfA, 404);
            }
        }
        // The same ids work for their owner, so the 404s above are about who asks.
        for (Endpoint endpoint : withIds) {
            expect(failures, endpoint, ownCustomerOfA, endpoint.path(idsOfA), idsOfA, s -> s >= 200 && s < 300,
                    "2xx");
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void thePortalIsForCustomersOnly() {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints(Endpoint::isPortal)) {
            String path = endpoint.path(idsOfA);
            expect(failures, endpoint, anonymous(), path, idsOfA, 401);
            expect(failures, endpoint, ownerOfA, path, idsOfA, 403);
            expect(failures, endpoint, agentOfA, path, idsOfA, 403);
            expect(failures, endpoint, ownerOfB, path, idsOfA, 403);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void thePortalShowsEachCustomerOnlyTheirOwnData() {
        assertThat(customerOfB.client().get("/api/v1/portal/me").json().at("/balance/available").asLong())
                .isZero();
        assertThat(customerOfB.client().get("/api/v1/portal/ledger").json().at("/items").size()).isZero();
        assertThat(ownCustomerOfA.client().get("/api/v1/portal/requests").json().at("/items").size()).isEqualTo(1);
        assertThat(otherCustomerOfA.client().get("/api/v1/portal/requests").json().at("/items").size()).isZero();
        assertThat(customerOfB.client().get("/api/v1/portal/requests").json().at("/items").size()).isZero();
        assertThat(ownCustomerOfA.client().get("/api/v1/portal/me").json().at("/balance/available").asLong())
                .isEqualTo(5);
        assertThat(ownCustomerOfA.client().get("/api/v1/portal/vouchers").json().at("/items").size()).isEqualTo(1);
        assertThat(otherCustomerOfA.client().get("/api/v1/portal/vouchers").json().at("/items").size()).isZero();
        assertThat(otherCustomerOfA.client().get("/api/v1/portal/ledger").json().at("/items").size()).isZero();
        assertThat(ownCustomerOfA.client().get("/api/v1/portal/rewards").json().at("/items").size()).isEqualTo(1);
        assertThat(customerOfB.client().get("/api/v1/portal/vouchers").json().at("/items").size()).isZero();
        assertThat(customerOfB.client().get("/api/v1/portal/rewards").json().at("/items").size()).isZero();
    }

    private List<Endpoint> endpoints(Predicate<Endpoint> filter) {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().forEach(p ->
                info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(new Endpoint(m, p)))));
        return endpoints.stream().filter(filter).distinct().sorted(Comparator.comparing(Endpoint::toString)).toList();
    }

    private boolean takesABody(Endpoint endpoint) {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().contains(endpoint.pattern())
                        && e.getKey().getMethodsCondition().getMethods().contains(endpoint.method()))
                .map(Map.Entry::getValue)
                .anyMatch(AnotherShopsUsersGetNotFoundEverywhere::hasRequestBody);
    }

    private static boolean hasRequestBody(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
    }

    private Caller till(String name, String secret) {
        assertThat(secret).startsWith("stk_");
        return new Caller(name, newClient().withoutCsrf(), Map.of("Authorization", "Bearer " + secret));
    }

    private Caller anonymous() {
        return new Caller("anonymous", newClient());
    }

    private static void expect(List<String> failures, Endpoint endpoint, Caller caller, String path,
                               Map<String, String> ids, int status) {
        expect(failures, endpoint, caller, path, ids, s -> s == status, Integer.toString(status));
    }

    /** Sends the endpoint's request (with a valid body, if it takes one) and notes a failure unless accepted. */
    private static void expect(List<String> failures, Endpoint endpoint, Caller caller, String path,
                               Map<String, String> ids, IntPredicate accepted, String expected) {
        var bodyOf = BODIES.get(endpoint);
        @Nullable Object body = bodyOf == null ? null : bodyOf.apply(ids);
        Map<String, String> headers = new LinkedHashMap<>();
        if (endpoint.pattern().endsWith("/imports/purchases")) {
            // an upload: the file is the body (not JSON)
            body = "customer_ref,purchased_at,amount\nK-1,2025-01-01,1.00\n";
            headers.put("Content-Type", "text/csv");
        } else if (endpoint.pattern().endsWith("/imports/marketing-spend")) {
            body = "channel,month,amount\nEVENT,2026-01,1.00\n";
            headers.put("Content-Type", "text/csv");
        }
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        headers.put("Accept", "*/*");
        headers.putAll(caller.headers());
        var response = caller.client().send(endpoint.method().name(), path, body, headers);
        if (!accepted.test(response.status())) {
            failures.add(endpoint + " as " + caller.name() + " (" + path + "): expected " + expected + " but was "
                    + response.status() + " " + (response.raw().length() > 300 ? response.raw().substring(0, 300)
                    : response.raw()));
        }
    }

    private static Map<Endpoint, Function<Map<String, String>, Object>> bodies() {
        Map<Endpoint, Function<Map<String, String>, Object>> bodies = new LinkedHashMap<>();
        Function<Map<String, String>, Object> reward = ids -> Map.of("name", "Tee", "pointsCost", 3, "kind",
                "FREE_ITEM", "item", "Tee");
        Function<Map<String, String>, Object> promotion = ids -> Map.of("name", "Dreifach", "kind", "MULTIPLIER",
                "multiplier", "3", "startsAt", "2026-02-01T00:00:00Z", "endsAt", "2026-02-02T00:00:00Z");
        Function<Map<String, String>, Object> tier = ids -> Map.of("name", "Platin", "threshold", "900",
                "multiplier", "3");
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/customers"), ids -> Map.of("firstName", "Eve",
                "lastName", "Eindringling", "acquisitionChannel", "OTHER"));
        bodies.put(new Endpoint(RequestMethod.PUT, SHOPS + "/customers/{customerId}"), ids -> Map.of("firstName",
                "Eve", "lastName", "Eindringling"));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/vouchers/{code}/cancellation"),
                ids -> Map.of("reason", "Versehen"));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/purchases"),
                ids -> Map.of("amount", "5.00", "currency", "EUR"));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/purchases/{purchaseId}/returns"),
                ids -> Map.of("amount", "1.00", "currency", "EUR"));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/adjustments"),
                ids -> Map.of("points", 1, "reason", "walk"));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/contacts"),
                ids -> Map.of("channel", "PHONE", "direction", "INBOUND", "topic", "walk"));
        bodies.put(new Endpoint(RequestMethod.PUT, SHOPS + "/business-hours"), ids -> Map.of("days",
                List.of(Map.of("day", "SUNDAY", "opens", "01:00", "closes", "02:00"))));
        Function<Map<String, String>, Object> subscription = ids -> Map.of("plan", "walk", "monthlyFee", "1.00",
                "paidUntil", "2027-01-01");
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/subscriptions"), subscription);
        bodies.put(new Endpoint(RequestMethod.PUT, SHOPS + "/customers/{customerId}/subscriptions/{subscriptionId}"),
                subscription);
        bodies.put(new Endpoint(RequestMethod.PUT, SHOPS + "/goodwill/policy"), ids -> Map.of("pointValue", "1",
                "monthlyBudget", "1", "agentLimits", Map.of("perGesture", "1", "perCase", "1", "perMonth", "1"),
                "ownLimits", List.of()));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/cases/{caseId}/gestures"), ids -> Map.of("kind",
                "GIFT", "description", "walk", "amount", "1.00"));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/goodwill/gestures/{gestureId}/approval"),
                ids -> Map.of());
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/goodwill/gestures/{gestureId}/rejection"),
                ids -> Map.of("reason", "walk"));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/service-standards"), ids -> Map.of("name", "walk",
                "metric", "HANDLING", "thresholdMinutes", 8, "targetPercent", "80"));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/acquisition-channels"), ids -> Map.of("name",
                "walk " + UUID.randomUUID().toString().substring(0, 8)));
        bodies.put(new Endpoint(RequestMethod.PUT, SHOPS + "/acquisition-channels/{channel}"),
                ids -> Map.of("name", "walk"));
        bodies.put(new Endpoint(RequestMethod.PUT, SHOPS + "/marketing-spend"), ids -> Map.of("cells",
                List.of(Map.of("channel", "EVENT", "month", "2026-01", "amount", "1.00"))));
        bodies.put(new Endpoint(RequestMethod.PUT, SHOPS + "/analytics/settings"), ids -> Map.of(
                "grossMarginPercent", "40", "annualDiscountRatePercent", "8", "horizonMonths", 24));
        String cases = SHOPS + "/cases";
        bodies.put(new Endpoint(RequestMethod.POST, cases), ids -> Map.of("customerId", ids.get("customerId"),
                "subject", "walk", "category", "OTHER", "severity", "LOW", "channel", "EMAIL"));
        bodies.put(new Endpoint(RequestMethod.POST, cases + "/{caseId}/acknowledgement"), ids -> Map.of());
        bodies.put(new Endpoint(RequestMethod.POST, cases + "/{caseId}/understanding"),
                ids -> Map.of("facts", "walk", "expectation", "walk"));
        bodies.put(new Endpoint(RequestMethod.POST, cases + "/{caseId}/agreement"),
                ids -> Map.of("optionsOffered", "walk", "agreement", "walk"));
        bodies.put(new Endpoint(RequestMethod.POST, cases + "/{caseId}/actions"),
                ids -> Map.of("description", "walk", "dueOn", "2099-01-01"));
        bodies.put(new Endpoint(RequestMethod.POST, cases + "/{caseId}/closing"), ids -> Map.of("satisfaction", 1));
        bodies.put(new Endpoint(RequestMethod.POST, cases + "/{caseId}/reopening"), ids -> Map.of("reason", "walk"));
        bodies.put(new Endpoint(RequestMethod.POST, cases + "/{caseId}/assignment"),
                ids -> Map.of("assigneeId", ids.get("staffId")));
        bodies.put(new Endpoint(RequestMethod.POST, cases + "/{caseId}/classification"),
                ids -> Map.of("category", "BILLING", "severity", "HIGH"));
        bodies.put(new Endpoint(RequestMethod.POST, cases + "/{caseId}/notes"), ids -> Map.of("text", "walk"));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/customers/{customerId}/redemptions"),
                ids -> Map.of("rewardId", ids.get("rewardId")));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/api-keys"), ids -> Map.of("name", "Fremde Kasse"));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/staff/invitations"),
                ids -> Map.of("email", "fremd@example.de", "role", "AGENT"));
        bodies.put(new Endpoint(RequestMethod.PUT, SHOPS + "/programme"), ids -> Map.of("basePointsPerUnit", "7"));
        bodies.put(new Endpoint(RequestMethod.PATCH, SHOPS + "/staff/{staffId}"), ids -> Map.of("active", true));
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/rewards"), reward);
        bodies.put(new Endpoint(RequestMethod.PUT, SHOPS + "/rewards/{rewardId}"), reward);
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/promotions"), promotion);
        bodies.put(new Endpoint(RequestMethod.PUT, SHOPS + "/promotions/{promotionId}"), promotion);
        bodies.put(new Endpoint(RequestMethod.POST, SHOPS + "/tiers"), tier);
        bodies.put(new Endpoint(RequestMethod.PUT, SHOPS + "/tiers/{tierId}"), tier);
        bodies.put(new Endpoint(RequestMethod.PUT, "/api/v1/portal/language"), ids -> Map.of("language", "de"));
        bodies.put(new Endpoint(RequestMethod.POST, "/api/v1/portal/requests"), ids -> Map.of("subject", "walk"));
        return Map.copyOf(bodies);
    }

    private static Map<String, String> once() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }
}
