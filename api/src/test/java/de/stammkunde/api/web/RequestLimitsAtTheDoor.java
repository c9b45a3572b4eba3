package de.stammkunde.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.problem.PayloadTooLarge;
import de.stammkunde.api.problem.ProblemResponseWriter;
import de.stammkunde.api.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** The two filters at the door, without a server: per-path body limits and the cap on concurrent requests. */
class RequestLimitsAtTheDoor {
    private final ProblemResponseWriter problems = new ProblemResponseWriter(new Problems(new StaticMessageSource()),
            JsonMapper.builder().build());

    private HttpLimits limits(Map<String, DataSize> byPath, int concurrent) {
        return new HttpLimits(DataSize.ofKilobytes(64), byPath, concurrent, Duration.ofMillis(200));
    }

    @Test
    void anUploadPathCanTakeMoreThanTheDefaultAndTheMostSpecificPatternWins() {
        var filter = new RequestBodyLimitFilter(limits(Map.of(
                "/api/v1/shops/*/imports/**", DataSize.ofMegabytes(10),
                "/api/v1/shops/*/imports/tiny", DataSize.ofKilobytes(1)), 10), problems);

        assertThat(filter.limitFor("/api/v1/auth/login")).isEqualTo(64 * 1024);
        assertThat(filter.limitFor("/api/v1/shops/42/imports/customers")).isEqualTo(10L * 1024 * 1024);
        assertThat(filter.limitFor("/api/v1/shops/42/imports/tiny")).isEqualTo(1024);
    }

    @Test
    void anOverrideIsConfiguredWithThePathPatternInBrackets() {
        HttpLimits bound = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(Map.of(
                        "stammkunde.http.max-body-size", "64KB",
                        "stammkunde.http.max-body-size-by-path[/api/v1/shops/*/imports/**]", "10MB",
                        "stammkunde.http.max-concurrent-requests", "200",
                        "stammkunde.http.concurrency-wait", "2s")))
                .bind("stammkunde.http", HttpLimits.class).get();

        assertThat(new RequestBodyLimitFilter(bound, problems).limitFor("/api/v1/shops/42/imports/customers"))
                .isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void aDeclaredLengthOverTheLimitNeverReachesTheChain() throws Exception {
        var filter = new RequestBodyLimitFilter(limits(Map.of(), 10), problems);
        MockHttpServletRequest request = post("/api/v1/auth/login", new byte[100], 1_000_000);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the chain must not run");
        });

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("payload-too-large");
    }

    @Test
    void aBodyWithoutLengthIsCutOffAtTheFirstByteOverTheLimitAndTheOverrideRaisesIt() throws Exception {
        var filter = new RequestBodyLimitFilter(limits(Map.of("/upload", DataSize.ofKilobytes(128)), 10), problems);
        byte[] hundredKilobytes = new byte[100 * 1024];

        AtomicReference<Object> json = new AtomicReference<>();
        filter.doFilter(post("/api/v1/customers", hundredKilobytes, -1), new MockHttpServletResponse(),
                readAll(json));
        assertThat(json.get()).isInstanceOf(PayloadTooLarge.class);

        AtomicReference<Object> upload = new AtomicReference<>();
        filter.doFilter(post("/upload", hundredKilobytes, -1), new MockHttpServletResponse(), readAll(upload));
        assertThat(upload.get()).isEqualTo(hundredKilobytes.length);
    }

    @Test
    void requestsBeyondTheCapWaitAndThenGet503() throws Exception {
        var filter = new ConcurrencyLimitFilter(2, Duration.ofMillis(200), problems);
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = (req, res) -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        var first = CompletableFuture.runAsync(() -> run(filter, "/api/v1/auth/session", slow), threads);
        var second = CompletableFuture.runAsync(() -> run(filter, "/api/v1/auth/session", slow), threads);
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse third = run(filter, "/api/v1/auth/session", (req, res) -> { });
        assertThat(third.getStatus()).as("a third request while two run").isEqualTo(503);
        assertThat(third.getHeader("Retry-After")).isEqualTo("1");
        assertThat(third.getContentAsString()).contains("overloaded");
        MockHttpServletResponse health = run(filter, "/actuator/health/liveness", (req, res) -> { });
        assertThat(health.getStatus()).as("health probes are not counted").isEqualTo(200);

        release.countDown();
        CompletableFuture.allOf(first, second).get(10, TimeUnit.SECONDS);
        threads.close();
        assertThat(run(filter, "/api/v1/auth/session", (req, res) -> { }).getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse run(ConcurrencyLimitFilter filter, String path, FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            filter.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    /** A POST that declares {@code declaredLength} (-1: none, as a chunked request arrives). */
    private static MockHttpServletRequest post(String path, byte[] body, long declaredLength) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return declaredLength;
            }

            @Override
            public int getContentLength() {
                return (int) declaredLength;
            }
        };
        request.setContent(body);
        return request;
    }

    /** A chain that reads the whole body, as a parser would, and records the byte count or the failure. */
    private static FilterChain readAll(AtomicReference<Object> outcome) {
        return (req, res) -> {
            try {
                outcome.set(((HttpServletRequest) req).getInputStream().readAllBytes().length);
            } catch (IOException e) {
                outcome.set(e);
            }
        };
    }
}
