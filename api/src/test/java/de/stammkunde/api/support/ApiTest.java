package de.stammkunde.api.support;

import de.stammkunde.api.StammkundeApplication;
import de.stammkunde.api.outbox.OutboxDeliveryJob;
import de.stammkunde.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the HTTP tests: the whole application on a random port, against this run's own PostgreSQL database and
 * Redis key space (see {@link TestInfrastructure}), sending mail to
 * {@link TestMailServer}. One Spring context is shared by all subclasses.
 */
@SpringBootTest(classes = StammkundeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
// Owners' second factor is optional here (each test would otherwise set one up first);
// OwnersMustUseTwoFactorLogin runs with the production setting.
@TestPropertySource(properties = "stammkunde.two-factor.required-for-owners=false")
public abstract class ApiTest {
    protected static final String MONITORING_TOKEN = "test-monitoring-token";
    /** The browser session's cookie (production settings: Secure, so named with the __Host- prefix). */
    public static final String SESSION_COOKIE = "__Host-SESSION";
    /** The CSRF token's cookie, which the web app echoes in X-XSRF-TOKEN. */
    public static final String CSRF_COOKIE = "__Host-XSRF-TOKEN";

    @LocalServerPort
    protected int port;

    @Autowired
    private OutboxDeliveryJob outboxDelivery;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure infra = TestInfrastructure.get();
        registry.add("spring.datasource.url", infra::jdbcUrl);
        registry.add("spring.datasource.username", infra::username);
        registry.add("spring.datasource.password", infra::password);
        registry.add("spring.data.redis.host", infra::redisHost);
        registry.add("spring.data.redis.port", infra::redisPort);
        registry.add("stammkunde.redis-key-prefix", infra::redisKeyPrefix);
        registry.add("stammkunde.monitoring.token", () -> MONITORING_TOKEN);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
        // Tests deliver the outbox (mail, events) by calling the job, so they know when it ran.
        registry.add("stammkunde.jobs.outbox.initial-delay", () -> "PT24H");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected ApiClient newClient() {
        return new ApiClient(baseUrl());
    }

    protected Mailbox mailbox() {
        return new Mailbox(outboxDelivery);
    }

    protected Fixtures fixtures() {
        return new Fixtures(this::newClient, mailbox());
    }
}
