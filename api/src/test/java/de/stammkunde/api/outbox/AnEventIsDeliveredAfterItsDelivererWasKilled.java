package de.stammkunde.api.outbox;

import static de.stammkunde.persistence.jooq.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.expiry.PointsExpiryJob;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import de.stammkunde.api.support.TestMailServer;
import de.stammkunde.testsupport.TestInfrastructure;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The promise of the outbox: a fact that committed is delivered even when the process delivering it dies half-way.
 * A second JVM claims the expiry notice's event and is killed with SIGKILL while its subscriber runs; once the
 * lease has run out, the application's own job delivers the event, and the customer gets exactly one mail.
 */
class AnEventIsDeliveredAfterItsDelivererWasKilled extends ApiTest {
    private static final long LEASE_MS = 3_000;

    @Autowired
    PointsExpiryJob expiryJob;
    @Autowired
    OutboxDeliveryJob outboxJob;
    @Autowired
    DSLContext dsl;

    @Test
    void theEventWaitsOutTheDeadDeliverersLeaseAndIsDeliveredOnce() throws Exception {
        Fixtures.ShopContext shop = fixtures().newShop();
        var programme = shop.owner().put(shop.path("/programme"), Map.of("expiryMode", "AFTER_EARNING",
                "expiryMonths", 12, "returnWindowDays", 0));
        assertThat(programme.status()).as(programme.raw()).isEqualTo(200);
        var customer = fixtures().newCustomer(shop);
        Instant earned = Instant.now().atZone(ZoneOffset.UTC).minusMonths(12).plusDays(15).toInstant();
        var purchase = shop.owner().post(shop.path("/customers/" + customer.customerId() + "/purchases"),
                Map.of("amount", "40.00", "currency", "EUR", "occurredAt", earned.toString()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(purchase.status()).as(purchase.raw()).isEqualTo(201);
        outboxJob.runNow(); // whatever other tests left due is out of the way
        dsl.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, OffsetDateTime.now().plusHours(1))
                .where(OUTBOX_MESSAGE.STATUS.eq("PENDING")).execute();

        expiryJob.runNow();
        var event = OUTBOX_MESSAGE.SHOP_ID.eq(UUID.fromString(shop.shopId()))
                .and(OUTBOX_MESSAGE.TOPIC.eq("event:mail.points-expiring"));
        assertThat(dsl.fetchSingle(OUTBOX_MESSAGE, event).getStatus()).isEqualTo("PENDING");

        Process deliverer = startHangingDeliverer();
        try (var out = new BufferedReader(new InputStreamReader(deliverer.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.startsWith("HANDLING") && !line.startsWith("NOTHING DUE")) {
                line = out.readLine(); // log lines of the other JVM
            }
            assertThat(line).as("the other JVM got the event").isEqualTo("HANDLING " + customer.customerId());
            deliverer.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the JVM, the socket just dies
            assertThat(deliverer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            deliverer.destroyForcibly();
        }

        var claimed = dsl.fetchSingle(OUTBOX_MESSAGE, event);
        assertThat(claimed.getStatus()).as("claimed by the dead deliverer").isEqualTo("SENDING");
        assertThat(claimed.getAttempts()).isEqualTo(1);
        outboxJob.runNow();
        assertThat(expiryMails(customer.email())).as("not while the dead deliverer's lease holds").isEmpty();

        Thread.sleep(claimed.getNextAttemptAt().toInstant().toEpochMilli() - System.currentTimeMillis() + 100);
        outboxJob.runNow();
        outboxJob.runNow();

        var delivered = dsl.fetchSingle(OUTBOX_MESSAGE, event);
        assertThat(delivered.getStatus()).isEqualTo("DONE");
        assertThat(delivered.getAttempts()).isEqualTo(2);
        assertThat(expiryMails(customer.email())).as("one mail, not lost, not doubled").hasSize(1);
    }

    /** The expiry notices among the customer's mails (the portal link came before). */
    private static java.util.List<?> expiryMails(String address) throws Exception {
        java.util.List<Object> found = new java.util.ArrayList<>();
        for (var mail : TestMailServer.mailsTo(address)) {
            if (mail.getSubject().contains("expire") || mail.getSubject().contains("verfallen")) {
                found.add(mail);
            }
        }
        return found;
    }

    private static Process startHangingDeliverer() throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(java, "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-cp",
                System.getProperty("java.class.path"),
                HangingDeliverer.class.getName(), infra.jdbcUrl(), infra.username(), infra.password(),
                Long.toString(LEASE_MS))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
