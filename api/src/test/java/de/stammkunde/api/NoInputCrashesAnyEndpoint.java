package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.ExampleBodies;
import de.stammkunde.api.support.Fixtures;
import de.stammkunde.api.support.HostileInput;
import de.stammkunde.api.support.HostileInput.Expect;
import de.stammkunde.api.support.OpenApiDocument;
import de.stammkunde.api.support.OpenApiDocument.Operation;
import de.stammkunde.api.support.OpenApiDocument.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the running application's OpenAPI document (read at test time, so an endpoint added
 * later is walked too) with malformed, oversized, negative, exotic-Unicode, control-character, broken-UTF-16 and
 * injection-shaped values in every path variable, query parameter, header and JSON body field (the fields come
 * from the document's request schemas), as the right role, as an anonymous caller and as another shop's users.
 * Every answer must be: no 5xx, a problem+json with a {@code code} for every error, no stack trace or SQL, no
 * 2xx for the wrong user or for another shop's ids, and 400 {@code validation} naming the field for every control
 * character or broken Unicode.
 */
class NoInputCrashesAnyEndpoint extends ApiTest {
    private static final List<String> LEAKS = List.of("Exception", "org.springframework", "org.jooq",
            "org.postgresql", "org.apache", "tools.jackson", "java.lang", "jakarta.", "SQL [", "\tat ", "<html",
            "Tomcat", "PSQL", "syntax error");

    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> unknownVariables = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> requests = new ConcurrentSkipListMap<>();

    private Fixtures.ShopContext shopA;
    private Fixtures.ShopContext shopB;
    /** Anonymous for the wrong-user checks; never logs in. */
    private ApiClient anonymous;
    /** Anonymous, one for each public operation (sign-up, login, invitations): logged out after every success. */
    private final Map<String, ApiClient> visitors = new ConcurrentHashMap<>();
    private ApiClient agentOfA;
    private ApiClient tillOfA;
    private String tillSecret;
    private ApiClient customerOfA;
    private ApiClient customerOfB;
    private String activationToken;
    private String invitationToken;
    private String staffResetToken;
    private String portalResetToken;
    private String verificationToken;
    /** Logged in for one's own password (an agent of A that nothing else uses). */
    private ApiClient accountHolder;
    private String secondCustomerOfA;
    private final Map<String, String> resourcesOfA = new HashMap<>();
    private final Map<String, String> resourcesOfB = new HashMap<>();
    private ExampleBodies bodies;

    @Test
    void everyOperationOfTheApiDocumentSurvivesHostileInput() {
        long started = System.nanoTime();
        twoShopsWithEverything();
        var document = newClient().get("/v3/api-docs");
        assertThat(document.status()).as(document.raw()).isEqualTo(200);
        OpenApiDocument api = new OpenApiDocument(document.json());
        bodies = new ExampleBodies(api, Map.of("rewardId", resourcesOfA.get("rewardId"), "referredBy",
                secondCustomerOfA), shopA.slug());
        List<Operation> operations = new ArrayList<>(api.operations());
        assertThat(operations).as("the API as we know it, at least").hasSizeGreaterThan(50)
                .anySatisfy(op -> assertThat(op.path()).isEqualTo("/api/v1/shops/{shopId}/customers/{customerId}"
                        + "/purchases"));
        // Operations run side by side; deleting comes last, so the resources are there for everything else.
        List<Operation> deletes = operations.stream().filter(op -> op.method().equals("DELETE")).toList();
        Set<String> paths = new LinkedHashSet<>();
        operations.forEach(op -> paths.add(op.path()));
        runSideBySide(operations.stream().filter(op -> !deletes.contains(op))
                .<Runnable>map(op -> () -> walk(api, op)).toList());
        deletes.forEach(op -> walk(api, op));
        runSideBySide(paths.stream().<Runnable>map(path -> () -> otherMethods(path)).toList());

        int total = requests.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("NoInputCrashesAnyEndpoint walked %d requests over %d operations (%d paths) in %.1f s: %s%n",
                total, operations.size(), paths.size(), (System.nanoTime() - started) / 1e9, requests);
        if (!unknownVariables.isEmpty()) {
            System.out.println("NoInputCrashesAnyEndpoint: path variables without a known resource (walked with"
                    + " a random value; add them to twoShopsWithEverything): " + unknownVariables);
        }
        assertThat(total).isGreaterThan(2000);
        List<String> failed = List.copyOf(failures);
        assertThat(failed).as("%d of %d requests failed, the first ones:%n%s", failed.size(), total,
                String.join("\n", failed.subList(0, Math.min(40, failed.size())))).isEmpty();
    }

    /** Four at a time: the walk is a few thousand requests, and the server has more than one thread. */
    private static void runSideBySide(List<Runnable> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = tasks.stream().<Future<?>>map(pool::submit).toList();
            for (Future<?> task : running) {
                task.get(5, TimeUnit.MINUTES);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void walk(OpenApiDocument api, Operation op) {
        ApiClient right = rightRole(op);
        Object body = op.body() == null ? null : op.takesCsv() ? validCsv(op)
                : ApiClient.JSON.writeValueAsString(bodies.of(op.body()));
        check(op + " as its role", send("roles", right, op, op.method(), path(op, null, null), body, Map.of()),
                op.method(), Expect.ANY, null);
        if (op.path().startsWith("/api/v1/shops/")) {
            check(op + " as agent", send("roles", agentOfA, op, op.method(), path(op, null, null), body, Map.of()),
                    op.method(), Expect.ANY, null);
            check(op + " as till", send("roles", tillOfA, op, op.method(), path(op, null, null), body, Map.of()),
                    op.method(), Expect.ANY, null);
        }
        wrongUsers(op, body);
        pathVariables(op, right, body);
        queryParameters(op, right, body);
        headers(op, right, body);
        if (op.body() != null && op.takesCsv()) {
            csvBodies(op, right);
        } else if (op.body() != null) {
            bodyFields(api, op, right);
            wholeBodies(op, right);
        }
    }

    /** A small valid file for an import endpoint. */
    private static String validCsv(Operation op) {
        return op.path().endsWith("/marketing-spend") ? "channel,month,amount\nEVENT,2026-01,1.00\n"
                : "customer_ref,purchased_at,amount\nK-1,2025-01-01,1.00\n";
    }

    /** Files an import must refuse as a whole with a problem: binary, broken UTF-8, JSON, no header, huge header. */
    private void csvBodies(Operation op, ApiClient right) {
        String path = path(op, null, null);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("NUL bytes", new byte[] {'a', 0, 'b', '\n', 0});
        files.put("broken UTF-8", new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28, '\n'});
        files.put("JSON", "{\"customer_ref\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("empty", new byte[0]);
        files.put("header of 10,000 characters", ("x".repeat(10_000) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("control characters", "channel,month,amount\n\u0007,\u001b,\u0000\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.forEach((label, bytes) -> check(op + " file " + label, send("whole bodies", right, op, op.method(),
                path, bytes, Map.of("Content-Type", "text/csv")), op.method(), Expect.CLIENT_ERROR, null));
    }

    /** Anonymous callers and another shop's users never get a 2xx from anything that is not public. */
    private void wrongUsers(Operation op, @Nullable Object body) {
        if (!isProtected(op)) {
            return;
        }
        String path = path(op, null, null);
        check(op + " anonymous", send("wrong users", anonymous, op, op.method(), path, body, Map.of()), op.method(), Expect.NOT_OK,
                null);
        check(op + " as owner of B", send("wrong users", shopB.owner(), op, op.method(), path, body, Map.of()), op.method(),
                Expect.NOT_OK, null);
        if (op.path().startsWith("/api/v1/portal/") && !op.in("path").isEmpty()) {
            check(op + " as customer of B", send("wrong users", customerOfB, op, op.method(), path, body, Map.of()), op.method(),
                    Expect.NOT_OK, null);
        }
    }

    private void pathVariables(Operation op, ApiClient right, @Nullable Object body) {
        for (Parameter variable : op.in("path")) {
            for (HostileInput.UrlValue value : HostileInput.pathValues(variable.isUuid())) {
                // The tenant check comes first: a shopId that is not the user's shop is 404, whatever it holds.
                Expect expect = variable.name().equals("shopId") && value.expect() == Expect.REFUSED
                        ? Expect.NOT_OK : value.expect();
                check(op + " {" + variable.name() + "}=" + value.label(),
                        send("path variables", right, op, op.method(), path(op, variable.name(), value.encoded()), body,
                                Map.of()),
                        op.method(), expect, variable.name());
            }
            String otherShops = resourcesOfB.get(variable.name());
            if (otherShops != null) {
                check(op + " {" + variable.name() + "} of shop B", send("path variables", right, op, op.method(),
                        path(op, variable.name(), otherShops), body, Map.of()), op.method(), Expect.NOT_OK, null);
            }
        }
    }

    private void queryParameters(Operation op, ApiClient right, @Nullable Object body) {
        String path = path(op, null, null);
        for (Parameter parameter : op.in("query")) {
            for (HostileInput.UrlValue value : HostileInput.queryValues()) {
                check(op + " ?" + parameter.name() + "=" + value.label(), send("query", right, op, op.method(),
                        path + "?" + parameter.name() + "=" + value.encoded(), body, Map.of()), op.method(),
                        value.expect(), parameter.name());
            }
        }
        // A parameter nobody reads is refused all the same: nothing downstream has to care.
        check(op + " ?unexpected=NUL", send("query", right, op, op.method(), path + "?unexpected=a%00b", body, Map.of()),
                op.method(), Expect.REFUSED, "unexpected");
    }

    private void headers(Operation op, ApiClient right, @Nullable Object body) {
        String path = path(op, null, null);
        for (Parameter header : op.in("header")) {
            for (String value : List.of("", " ", "x".repeat(300), "' OR 1=1 --", "${jndi:ldap://example.invalid/a}",
                    "<script>", "ä")) {
                check(op + " " + header.name() + ": " + value.length() + " chars", send("headers", right, op, op.method(), path,
                        body, Map.of(header.name(), value)), op.method(), Expect.ANY, header.name());
            }
            check(op + " " + header.name() + " with a tab", send("headers", right, op, op.method(), path, body,
                    Map.of(header.name(), "a\tb")), op.method(), Expect.REFUSED, header.name());
        }
    }

    private void bodyFields(OpenApiDocument api, Operation op, ApiClient right) {
        String path = path(op, null, null);
        for (OpenApiDocument.Field field : api.fields(op.body())) {
            List<HostileInput.JsonValue> values = new ArrayList<>(HostileInput.jsonValues(field.type()));
            if ("uuid".equals(field.schema().path("format").asString(""))) {
                values.add(new HostileInput.JsonValue("id of shop B", "\"" + otherShopsId(field.path()) + "\"",
                        Expect.NOT_OK));
            }
            for (HostileInput.JsonValue value : values) {
                String json = bodies.with(op.body(), field.path(), value.json());
                check(op + " " + field.path() + "=" + value.label(), send("body fields", right, op, op.method(), path, json,
                        Map.of()), op.method(), value.expect(), field.path());
            }
        }
    }

    private void wholeBodies(Operation op, ApiClient right) {
        String path = path(op, null, null);
        for (HostileInput.Body body : HostileInput.bodies()) {
            check(op + " body " + body.label(), send("whole bodies", right, op, op.method(), path, body.bytes(),
                    Map.of("Content-Type", body.contentType())), op.method(), body.expect(), body.refusedField());
        }
    }

    /**
     * Methods nobody declared (HEAD, OPTIONS, TRACE, PATCH) on every path, and path segments that never reach the
     * application.
     */
    private void otherMethods(String pathPattern) {
        Operation any = new Operation("GET", pathPattern, List.of(), null, List.of(), "");
        ApiClient right = rightRole(any);
        String path = pathPattern;
        for (var variable : Pattern.compile("\\{([^}]+)}").matcher(pathPattern).results().toList()) {
            path = path.replace(variable.group(), HostileInput.encode(resource(any, variable.group(1))));
        }
        for (String method : List.of("HEAD", "OPTIONS", "TRACE", "PATCH")) {
            check(method + " " + pathPattern, send("other methods", right, any, method, path, null, Map.of()), method,
                    Expect.ANY, null);
        }
        for (HostileInput.UrlValue segment : HostileInput.pathSegmentsRefusedByTheContainer()) {
            check("GET " + pathPattern + " + /" + segment.label(), send("other methods", right, any, "GET",
                    path + "/" + segment.encoded(), null, Map.of()), "GET", segment.expect(), null);
        }
    }

    private void check(String what, ApiClient.@Nullable Response response, String method, Expect expect,
                       @Nullable String field) {
        if (response == null) {
            return;
        }
        int status = response.status();
        String type = response.header("Content-Type").orElse("");
        String code = status >= 400 && type.startsWith("application/problem+json")
                ? response.json().path("code").asString("") : "";
        if (status >= 500 || status < 100) {
            fail(what, "server error", response);
        } else if (status >= 400 && !method.equals("HEAD") && !type.startsWith("application/problem+json")) {
            fail(what, "error without problem+json", response);
        } else if (status >= 400 && !method.equals("HEAD") && code.isBlank()) {
            fail(what, "problem without code", response);
        }
        if (!type.startsWith("image/")) {
            LEAKS.stream().filter(response.raw()::contains).findFirst()
                    .ifPresent(leak -> fail(what, "leaks \"" + leak + "\"", response));
        }
        boolean ok = status >= 200 && status < 300;
        switch (expect) {
            case REFUSED -> {
                List<String> fields = code.isEmpty() ? List.of()
                        : response.json().path("errors").findValuesAsString("field");
                if (status != 400 || !code.equals("validation")
                        || fields.stream().noneMatch(f -> f.equalsIgnoreCase(field))) {
                    fail(what, "expected 400 validation naming " + field, response);
                }
            }
            case BAD_REQUEST -> {
                if (status != 400) {
                    fail(what, "expected 400", response);
                }
            }
            case NOT_OK -> {
                if (ok) {
                    fail(what, "expected no 2xx", response);
                }
            }
            case CLIENT_ERROR -> {
                if (status < 400 || status >= 500) {
                    fail(what, "expected a 4xx", response);
                }
            }
            case ANY -> {
            }
        }
    }

    private void fail(String what, String why, ApiClient.Response response) {
        String raw = response.raw();
        failures.add(what + ": " + why + " — " + response.status() + " "
                + (raw.length() > 300 ? raw.substring(0, 300) + "…" : raw));
    }

    private ApiClient.@Nullable Response send(String kind, ApiClient who, Operation op, String method, String path,
                                              @Nullable Object body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        // What the operation answers (a PNG, say), and problems.
        List<String> accept = new ArrayList<>(op.produces().isEmpty() ? List.of("application/json") : op.produces());
        accept.add("application/problem+json");
        headers.put("Accept", String.join(", ", accept));
        boolean visitor = visitors.containsValue(who);
        if (who == anonymous || visitor) {
            // Each anonymous request from its own address: the login rate limit is not what this test is about.
            ThreadLocalRandom random = ThreadLocalRandom.current();
            headers.put("X-Forwarded-For", "10." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + random.nextInt(1, 255));
        }
        if (who == tillOfA) {
            headers.put("Authorization", "Bearer " + tillSecret);
        }
        if (op.takesCsv() && body != null) {
            headers.put("Content-Type", "text/csv");
        }
        headers.putAll(extraHeaders);
        requests.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        ApiClient.Response response;
        try {
            response = who.send(method, path, body, headers);
        } catch (IllegalArgumentException notSendable) {
            return null; // the HTTP client itself refuses the value (e.g. a non-ASCII header)
        } catch (RuntimeException e) {
            failures.add(method + " " + path + ": no answer: " + e);
            return null;
        }
        if (visitor && response.status() < 300 && !method.equals("GET") && !method.equals("HEAD")
                && !method.equals("OPTIONS")) {
            who.send("POST", "/api/v1/auth/logout", null, Map.of()); // signed up or logged in: not any more
        }
        return response;
    }

    private ApiClient rightRole(Operation op) {
        if (op.path().startsWith("/api/v1/shops/")) {
            return shopA.owner();
        }
        if (op.path().startsWith("/api/v1/account/")) {
            return accountHolder;
        }
        return isProtected(op) ? customerOfA : visitors.computeIfAbsent(op.toString(), k -> newClient());
    }

    private static boolean isProtected(Operation op) {
        return op.path().startsWith("/api/v1/shops/")
                || (op.path().startsWith("/api/v1/portal/") && !op.path().startsWith("/api/v1/portal/auth/"));
    }

    /** The path with shop A's resources in its variables, except {@code hostile} which gets {@code encoded}. */
    private String path(Operation op, @Nullable String hostile, @Nullable String encoded) {
        String path = op.path();
        for (Parameter variable : op.in("path")) {
            String value = variable.name().equals(hostile) ? encoded
                    : HostileInput.encode(resource(op, variable.name()));
            path = path.replace("{" + variable.name() + "}", String.valueOf(value));
        }
        return path;
    }

    private String resource(Operation op, String variable) {
        if (variable.equals("token")) {
            if (op.path().contains("/activations/")) {
                return activationToken;
            }
            if (op.path().contains("/email-verification/")) {
                return verificationToken;
            }
            if (op.path().contains("/password-reset/")) {
                return op.path().startsWith("/api/v1/portal/") ? portalResetToken : staffResetToken;
            }
            return invitationToken;
        }
        String known = resourcesOfA.get(variable);
        if (known == null) {
            unknownVariables.add(op.path() + " {" + variable + "}");
            return UUID.randomUUID().toString();
        }
        return known;
    }

    private String otherShopsId(String field) {
        return field.endsWith("rewardId") ? resourcesOfB.get("rewardId") : resourcesOfB.get("customerId");
    }

    // --- the world: shop A with one of everything, shop B with one of everything to be mistaken for A's

    private void twoShopsWithEverything() {
        Fixtures fixtures = fixtures();
        anonymous = newClient();
        shopA = fixtures.newShop();
        resourcesOfA.putAll(everything(fixtures, shopA));
        customerOfA = fixtures.customerSession(new Fixtures.CustomerContext(resourcesOfA.get("customerId"),
                resourcesOfA.get("email"), resourcesOfA.get("activationPath")));
        var second = fixtures.newCustomer(shopA);
        secondCustomerOfA = second.customerId();
        activationToken = lastSegment(second.activationPath());
        agentOfA = fixtures.agentSession(shopA);
        tillOfA = newClient().withoutCsrf();
        tillSecret = shopA.owner().post(shopA.path("/api-keys"), Map.of("name", "Kasse")).text("/secret");
        String invited = "walk-" + UUID.randomUUID() + "@example.de";
        shopA.owner().post(shopA.path("/staff/invitations"), Map.of("email", invited, "role", "AGENT"));
        invitationToken = mailbox().token(invited, "/invite/");
        // Links whose owners nothing else uses: a walk request that gets through resets or confirms harmlessly.
        ApiClient resetAgent = fixtures.agentSession(shopA);
        String resetAgentEmail = resetAgent.get("/api/v1/auth/session").text("/user/email");
        newClient().post("/api/v1/auth/password-reset", Map.of("shop", shopA.slug(), "email", resetAgentEmail));
        staffResetToken = mailbox().token(resetAgentEmail, "/reset-password/");
        var resetCustomer = fixtures.newCustomer(shopA);
        fixtures.customerSession(resetCustomer);
        newClient().post("/api/v1/portal/auth/password-reset", Map.of("shop", shopA.slug(), "email",
                resetCustomer.email()));
        portalResetToken = mailbox().token(resetCustomer.email(), "/portal/reset-password/");
        verificationToken = mailbox().token(fixtures.newUnverifiedShop().ownerEmail(), "/verify-email/");
        accountHolder = fixtures.agentSession(shopA);
        var voucherList = customerOfA.get("/api/v1/portal/vouchers");
        resourcesOfA.put("voucherId", voucherList.text("/items/0/id"));

        shopB = fixtures.newShop();
        resourcesOfB.putAll(everything(fixtures, shopB));
        customerOfB = fixtures.customerSession(new Fixtures.CustomerContext(resourcesOfB.get("customerId"),
                resourcesOfB.get("email"), resourcesOfB.get("activationPath")));
        resourcesOfB.put("voucherId", customerOfB.get("/api/v1/portal/vouchers").text("/items/0/id"));
        resourcesOfA.values().forEach(id -> assertThat(id).isNotBlank());
        resourcesOfB.values().forEach(id -> assertThat(id).isNotBlank());
    }

    /** A customer with points, a purchase, a reward, a voucher, a promotion, a tier, an API key, an invitation. */
    private static Map<String, String> everything(Fixtures fixtures, Fixtures.ShopContext shop) {
        ApiClient owner = shop.owner();
        var customer = fixtures.newCustomer(shop);
        var purchased = fixtures.purchase(shop, owner, customer.customerId(), "100.00", UUID.randomUUID() + "");
        assertThat(purchased.status()).as(purchased.raw()).isEqualTo(201);
        String reward = owner.post(shop.path("/rewards"), Map.of("name", "Kaffee", "pointsCost", 5, "kind",
                "FREE_ITEM", "item", "Kaffee")).text("/id");
        var redeemed = owner.post(shop.path("/customers/" + customer.customerId() + "/redemptions"),
                Map.of("rewardId", reward), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(redeemed.status()).as(redeemed.raw()).isEqualTo(201);
        Map<String, String> resources = new HashMap<>();
        resources.put("shopId", shop.shopId());
        resources.put("customerId", customer.customerId());
        resources.put("email", customer.email());
        resources.put("activationPath", customer.activationPath());
        resources.put("rewardId", reward);
        resources.put("code", redeemed.text("/voucher/code"));
        resources.put("purchaseId", owner.get(shop.path("/customers/" + customer.customerId() + "/purchases"))
                .text("/items/0/id"));
        resources.put("promotionId", owner.post(shop.path("/promotions"), Map.of("name", "Doppelt", "kind",
                "MULTIPLIER", "multiplier", "2", "startsAt", "2026-01-01T00:00:00Z", "endsAt",
                "2026-01-02T00:00:00Z")).text("/id"));
        resources.put("tierId", owner.post(shop.path("/tiers"), Map.of("name", "Gold", "threshold", "500",
                "multiplier", "2")).text("/id"));
        resources.put("keyId", owner.post(shop.path("/api-keys"), Map.of("name", "Zweitkasse")).text("/id"));
        resources.put("invitationId", owner.post(shop.path("/staff/invitations"), Map.of("email",
                "eingeladen-" + UUID.randomUUID() + "@example.de", "role", "AGENT")).text("/id"));
        return resources;
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
