package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.stammkunde.api.support.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Drives the real application in headless Chromium (playwright-core, the system's /usr/bin/chromium): an owner
 * signs up, enrols a customer, records a purchase and sees the points; the customer activates the portal, sees
 * the same balance and history, switches language and logs in again. The script is web-frontend/e2e/slice.e2e.mjs;
 * on failure its screenshots are in api/target/e2e-artifacts.
 */
class TheSliceWorksInARealBrowser extends ApiTest {
    private static final Path FRONTEND = Path.of("..", "web-frontend").toAbsolutePath().normalize();

    @Test
    void anOwnerAndACustomerWalkThroughTheSliceInChromium() throws Exception {
        if (!Files.isDirectory(FRONTEND.resolve("node_modules/playwright-core"))) {
            fail("web-frontend/node_modules is missing: build the whole project (./dev test) so npm ci runs first");
        }
        Path artifacts = Path.of("target", "e2e-artifacts").toAbsolutePath();
        Path log = Path.of("target", "e2e.log").toAbsolutePath();
        Files.createDirectories(artifacts);
        ProcessBuilder node = new ProcessBuilder("node", "e2e/slice.e2e.mjs")
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("BASE_URL", baseUrl());
        node.environment().put("E2E_ARTIFACTS_DIR", artifacts.toString());
        Process process;
        try {
            process = node.start();
        } catch (IOException e) {
            fail("node is needed for the browser test: " + e.getMessage());
            return;
        }
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("browser test finished within 180 s:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("browser test output:%n%s", output).isZero();
        assertThat(output).contains("E2E OK");
    }
}
