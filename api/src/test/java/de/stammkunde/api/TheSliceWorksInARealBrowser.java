package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.COMPLAINT_CASE;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.stammkunde.api.support.ApiTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.time.OffsetDateTime;
import de.stammkunde.api.complaint.SurveyJob;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drives the real application in headless Chromium (playwright-core, the system's /usr/bin/chromium), one script
 * of web-frontend/e2e per test: {@code slice.e2e.mjs} — an owner signs up, enrols a customer, records purchases,
 * a reward is redeemed and the voucher taken at the desk, a return leaves a visible shortfall, a tier is reached;
 * {@code programme.e2e.mjs} — the owner configures rate, rounding, welcome bonus, expiry, promotions and a tier in
 * the admin UI, and the exact points follow in the console (owner and agent) and the portal, in German and English;
 * {@code servicedesk.e2e.mjs} — a customer's request from the portal is worked through the five steps by an agent, a
 * voucher within the limit and a fee refund above it that the owner approves, the case closed, the survey answered
 * from the mailed link, the goodwill seen in the portal; {@code value.e2e.mjs} — a new owner imports 40,000 lines of
 * history and watches the progress bar move, the bad lines are listed, the dashboard states the model, the holdout
 * check is fitted, and the top customer's page shows the value.
 * On failure the screenshots are in api/target/e2e-artifacts.
 */
class TheSliceWorksInARealBrowser extends ApiTest {
    @Autowired
    DSLContext dsl;
    @Autowired
    SurveyJob surveys;

    private static final Path FRONTEND = Path.of("..", "web-frontend").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"slice.e2e.mjs", "programme.e2e.mjs", "servicedesk.e2e.mjs", "value.e2e.mjs"})
    void theScriptPassesInChromium(String script) throws Exception {
        // -De2e.only=slice.e2e.mjs (comma-separated) runs only those scripts, for work on one of them
        String only = System.getProperty("e2e.only", "");
        org.junit.jupiter.api.Assumptions.assumeTrue(only.isBlank() || java.util.Arrays.asList(only.split(",")).contains(script),
                () -> script + " not in -De2e.only=" + only);
        if (!Files.isDirectory(FRONTEND.resolve("node_modules/playwright-core"))) {
            fail("web-frontend/node_modules is missing: build the whole project (./dev test) so npm ci runs first");
        }
        Path artifacts = Path.of("target", "e2e-artifacts").toAbsolutePath();
        Path log = Path.of("target", script.replace(".mjs", ".log")).toAbsolutePath();
        Files.createDirectories(artifacts);
        ProcessBuilder node = new ProcessBuilder("node", "e2e/" + script)
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("BASE_URL", baseUrl());
        node.environment().put("E2E_TIMEOUT_MS", "170000"); // the script's own limit, inside the 180 s below
        node.environment().put("E2E_ARTIFACTS_DIR", artifacts.toString());
        HttpServer mailboxServer = mailboxServer();
        node.environment().put("MAILBOX_URL", "http://127.0.0.1:" + mailboxServer.getAddress().getPort());
        Process process;
        boolean finished;
        try {
            try {
                process = node.start();
            } catch (IOException e) {
                fail("node is needed for the browser test: " + e.getMessage());
                return;
            }
            finished = process.waitFor(180, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
        } finally {
            mailboxServer.stop(0);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("browser test finished within 180 s:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("browser test output:%n%s", output).isZero();
        assertThat(output).contains("E2E OK");
    }

    /**
     * The scripts' inbox: {@code GET /link?to=<address>&path=<prefix>} delivers the outbox to the test mail server
     * and answers the newest link to the address under the prefix (404 while there is none), as a person would
     * find it in their mail.
     */
    private HttpServer mailboxServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/link", exchange -> {
            Map<String, String> query = new HashMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            byte[] body;
            int status;
            try {
                body = (baseUrl() + mailbox().link(query.get("to"), query.get("path")))
                        .getBytes(StandardCharsets.UTF_8);
                status = 200;
            } catch (AssertionError e) {
                body = e.getMessage().getBytes(StandardCharsets.UTF_8);
                status = 404;
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // A day passes for one case: it was closed 25 hours ago, and the survey job runs (the survey mail is then
        // found under /link like any other).
        server.createContext("/day-after-closing", exchange -> {
            String caseId = exchange.getRequestURI().getRawQuery().replaceFirst("^case=", "");
            dsl.update(COMPLAINT_CASE).set(COMPLAINT_CASE.CLOSED_AT, OffsetDateTime.now().minusHours(25))
                    .where(COMPLAINT_CASE.CASE_ID.eq(UUID.fromString(caseId))).execute();
            byte[] body = Integer.toString(surveys.runNow()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
