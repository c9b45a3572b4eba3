package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.EXPIRY_NOTICE;
import static de.stammkunde.persistence.jooq.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.outbox.OutboxCleanupJob;
import de.stammkunde.api.outbox.OutboxDeliveryJob;
import de.stammkunde.api.expiry.PointsExpiryJob;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import de.stammkunde.api.support.TestMailServer;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 30 days before points expire the customer gets an e-mail — through the outbox, by SMTP (a real GreenMail
 * server), once however often the jobs run, in the language they use the portal in, and not lost while the mail
 * server is down.
 */
class ExpiryNoticesAreMailedInTheCustomersLanguage extends ApiTest {
    @Autowired
    DSLContext dsl;
    @Autowired
    PointsExpiryJob expiryJob;
    @Autowired
    OutboxDeliveryJob mailJob;
    @Autowired
    OutboxCleanupJob cleanupJob;

    @Test
    void aCustomerWhoUsesThePortalInEnglishGetsOneEnglishMail() throws Exception {
        Fixtures.ShopContext shop = shopWithExpiryAfterTwelveMonths();
        var customer = fixtures().newCustomer(shop);
        fixtures().customerSession(customer); // the test client speaks English
        LocalDate expiresOn = pointsExpiringIn15Days(shop, customer.customerId(), "120.00");

        expiryJob.runNow();
        expiryJob.runNow();
        mailJob.runNow();
        mailJob.runNow();

        List<MimeMessage> mails = expiryMails(customer.email());
        assertThat(mails).as("one mail, however often the jobs run").hasSize(1);
        MimeMessage mail = mails.getFirst();
        String date = expiresOn.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
        assertThat(mail.getSubject()).isEqualTo("120 points at " + shop.name() + " expire on " + date);
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(body).startsWith("Hello Erika,\n\n120 of your points at " + shop.name() + " will expire on "
                + date + ".");
        assertThat(body).containsPattern("\\nhttp://localhost:\\d+/portal/login\\?shop=" + shop.slug() + "\\n");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@stammkunde.localhost");
        assertThat(mailTo(customer.email()).getStatus()).isEqualTo("DONE");

        // 90 days later the sent mail (address, name) is forgotten; the notice itself stays, so nothing is re-sent.
        cleanupJob.runNow();
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, toRecipient(customer.email()))).isEqualTo(1);
        dsl.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.DONE_AT, java.time.OffsetDateTime.now().minusDays(91))
                .where(toRecipient(customer.email())).execute();
        cleanupJob.runNow();
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, toRecipient(customer.email()))).isZero();
        expiryJob.runNow();
        mailJob.runNow();
        assertThat(expiryMails(customer.email())).hasSize(1);
    }

    @Test
    void aCustomerWhoNeverUsedThePortalGetsItInGermanAndNotLostWhileTheServerIsDown() throws Exception {
        Fixtures.ShopContext shop = shopWithExpiryAfterTwelveMonths();
        var customer = fixtures().newCustomer(shop);
        LocalDate expiresOn = pointsExpiringIn15Days(shop, customer.customerId(), "1234.00");
        var agent = fixtures().agentSession(shop);
        mailJob.runNow(); // the portal link and the agent's invitation go out while the server is up
        long sentBefore = shop.owner().get(shop.path("/mail-status")).json().at("/sent").asLong();
        expiryJob.runNow();

        TestMailServer.stop();
        try {
            mailJob.runNow();
        } finally {
            TestMailServer.restart();
        }
        assertThat(expiryMails(customer.email())).isEmpty();
        var queued = mailTo(customer.email());
        assertThat(queued.getStatus()).isEqualTo("PENDING");
        assertThat(queued.getAttempts()).isEqualTo(1);
        assertThat(queued.getLastError()).isNotBlank();
        assertThat(queued.getNextAttemptAt().toInstant()).isAfter(Instant.now().plusSeconds(30));
        var status = shop.owner().get(shop.path("/mail-status"));
        assertThat(status.text("/delivery")).isEqualTo("SMTP");
        assertThat(status.json().at("/pending").asLong()).isEqualTo(1);
        assertThat(status.text("/troubles/0/recipient")).isEqualTo(customer.email());
        assertThat(status.json().at("/troubles/0/failed").asBoolean()).isFalse();
        assertThat(status.text("/troubles/0/nextAttemptAt")).isNotBlank();
        assertThat(agent.get(shop.path("/mail-status")).status()).isEqualTo(403);

        mailJob.runNow();
        assertThat(expiryMails(customer.email())).as("not due again before its time").isEmpty();
        dsl.update(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC))
                .where(toRecipient(customer.email())).execute();
        mailJob.runNow();

        List<MimeMessage> mails = expiryMails(customer.email());
        assertThat(mails).hasSize(1);
        String date = expiresOn.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN));
        assertThat(mails.getFirst().getSubject()).isEqualTo("1.234 Punkte bei " + shop.name() + " verfallen am "
                + date);
        assertThat(((String) mails.getFirst().getContent()).replace("\r\n", "\n"))
                .startsWith("Hallo Erika,\n\n1.234 Ihrer Punkte bei " + shop.name() + " verfallen am " + date + ".");
        var sent = mailTo(customer.email());
        assertThat(sent.getStatus()).isEqualTo("DONE");
        assertThat(sent.getAttempts()).isEqualTo(2);
        var after = shop.owner().get(shop.path("/mail-status"));
        assertThat(after.json().at("/sent").asLong()).isEqualTo(sentBefore + 1);
        assertThat(after.json().at("/troubles").size()).isZero();
    }

    @Test
    void theOwnerSendsGivenUpMailsAgain() throws Exception {
        Fixtures.ShopContext shop = shopWithExpiryAfterTwelveMonths();
        var customer = fixtures().newCustomer(shop);
        pointsExpiringIn15Days(shop, customer.customerId(), "30.00");
        var agent = fixtures().agentSession(shop);
        mailJob.runNow(); // the portal link and the agent's invitation go out while the server is up
        long sentBefore = shop.owner().get(shop.path("/mail-status")).json().at("/sent").asLong();
        expiryJob.runNow();
        TestMailServer.stop();
        try {
            mailJob.runNow(); // the notice's event queues the mail; the server is down
        } finally {
            TestMailServer.restart();
        }
        // As after ten failed attempts (a mail server that refused to relay for a day, say):
        dsl.update(OUTBOX_MESSAGE).set(OUTBOX_MESSAGE.STATUS, "FAILED").set(OUTBOX_MESSAGE.ATTEMPTS, 10)
                .set(OUTBOX_MESSAGE.LAST_ERROR, "554 5.7.1 Relaying denied")
                .where(toRecipient(customer.email())).execute();
        mailJob.runNow();
        assertThat(expiryMails(customer.email())).isEmpty();
        var status = shop.owner().get(shop.path("/mail-status"));
        assertThat(status.json().at("/failed").asLong()).isEqualTo(1);
        assertThat(status.json().at("/troubles/0/failed").asBoolean()).isTrue();
        assertThat(status.text("/troubles/0/lastError")).isEqualTo("554 5.7.1 Relaying denied");
        assertThat(agent.post(shop.path("/mail-status/retry"), null).status())
                .isEqualTo(403);

        var retried = shop.owner().post(shop.path("/mail-status/retry"), null);
        assertThat(retried.status()).as(retried.raw()).isEqualTo(200);
        assertThat(retried.json().at("/requeued").asInt()).isEqualTo(1);
        mailJob.runNow();

        assertThat(expiryMails(customer.email())).hasSize(1);
        assertThat(shop.owner().get(shop.path("/mail-status")).json().at("/sent").asLong())
                .isEqualTo(sentBefore + 1);
    }

    @Test
    void theLanguageSwitchOfThePortalDecidesTheLanguageOfTheMails() throws Exception {
        Fixtures.ShopContext shop = shopWithExpiryAfterTwelveMonths();
        var customer = fixtures().newCustomer(shop);
        var portal = fixtures().customerSession(customer);
        assertThat(portal.get("/api/v1/portal/me").text("/customer/language")).isEqualTo("en");
        var switched = portal.send("PUT", "/api/v1/portal/language", Map.of("language", "de"), Map.of());
        assertThat(switched.status()).as(switched.raw()).isEqualTo(200);
        assertThat(portal.get("/api/v1/portal/me").text("/customer/language")).isEqualTo("de");
        var unknown = portal.send("PUT", "/api/v1/portal/language", Map.of("language", "fr"), Map.of());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("language");
        assertThat(shop.owner().send("PUT", "/api/v1/portal/language", Map.of("language", "de"), Map.of())
                .status()).as("staff have no portal").isEqualTo(403);

        pointsExpiringIn15Days(shop, customer.customerId(), "10.00");
        expiryJob.runNow();
        mailJob.runNow();
        assertThat(expiryMails(customer.email()).getFirst().getSubject()).startsWith("10 Punkte bei ");
    }

    @Test
    void aCustomerWithoutAnEmailAddressSeesTheNoticeOnlyInThePortal() {
        Fixtures.ShopContext shop = shopWithExpiryAfterTwelveMonths();
        var response = shop.owner().post(shop.path("/customers"), Map.of("firstName", "Otto", "lastName",
                "Ohnemail", "acquisitionChannel", "IN_STORE"));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        String customerId = response.text("/id");
        pointsExpiringIn15Days(shop, customerId, "50.00");
        var shopsMail = OUTBOX_MESSAGE.SHOP_ID.eq(UUID.fromString(shop.shopId())).and(OUTBOX_MESSAGE.TOPIC.eq("mail"));
        long queuedBefore = dsl.fetchCount(OUTBOX_MESSAGE, shopsMail);
        assertThat(notices(customerId)).isZero();

        expiryJob.runNow();
        mailJob.runNow();

        // The job did reach this customer (the notice is recorded), and queued no mail for want of an address.
        assertThat(notices(customerId)).as("the expiry notice, recorded").isEqualTo(1);
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.SHOP_ID.eq(UUID.fromString(shop.shopId()))
                .and(OUTBOX_MESSAGE.TOPIC.eq("event:mail.points-expiring")).and(OUTBOX_MESSAGE.STATUS.eq("DONE"))))
                .as("the notice was handed to the mail subscriber").isEqualTo(1);
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, shopsMail)).as("who has no address gets no mail")
                .isEqualTo(queuedBefore);
        var expiring = shop.owner().get(shop.path("/customers/" + customerId + "/expiring"));
        assertThat(expiring.json().at("/items/0/points").asLong()).isEqualTo(50);
    }

    /** The mail to this address in the outbox. */
    private de.stammkunde.persistence.jooq.tables.records.OutboxMessageRecord mailTo(String email) {
        return dsl.selectFrom(OUTBOX_MESSAGE).where(toRecipient(email)).fetchSingle();
    }

    /** The expiry notices among the mails to this address (its portal link came first). */
    private static List<MimeMessage> expiryMails(String address) {
        return TestMailServer.mailsTo(address).stream().filter(m -> {
            try {
                return m.getSubject().contains("expire") || m.getSubject().contains("verfallen");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static org.jooq.Condition toRecipient(String email) {
        return OUTBOX_MESSAGE.TOPIC.eq("mail").and(OUTBOX_MESSAGE.PAYLOAD_TYPE.eq("POINTS_EXPIRING"))
                .and(DSL.jsonbGetAttributeAsText(OUTBOX_MESSAGE.PAYLOAD, "recipient").eq(email));
    }

    private int notices(String customerId) {
        return dsl.fetchCount(EXPIRY_NOTICE, EXPIRY_NOTICE.CUSTOMER_ID.eq(UUID.fromString(customerId)));
    }

    private Fixtures.ShopContext shopWithExpiryAfterTwelveMonths() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var programme = shop.owner().put(shop.path("/programme"), Map.of("expiryMode", "AFTER_EARNING",
                "expiryMonths", 12, "returnWindowDays", 0));
        assertThat(programme.status()).as(programme.raw()).isEqualTo(200);
        return shop;
    }

    /** A purchase (1 point per euro) whose points expire 15 days from now; returns that day in the shop's zone. */
    private LocalDate pointsExpiringIn15Days(Fixtures.ShopContext shop, String customerId, String amount) {
        Instant at = Instant.now().atZone(ZoneOffset.UTC).minusMonths(12).plusDays(15).toInstant();
        var response = shop.owner().post(shop.path("/customers/" + customerId + "/purchases"),
                // confirmed: a new shop is asked about amounts above 1,000 (plausibility), not the point here
                Map.of("amount", amount, "currency", "EUR", "occurredAt", at.toString(), "confirmed", true),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        var expiring = shop.owner().get(shop.path("/customers/" + customerId + "/expiring"));
        assertThat(expiring.json().at("/items").size()).isEqualTo(1);
        return LocalDate.ofInstant(Instant.parse(expiring.text("/items/0/at")), ZoneId.of("Europe/Berlin"));
    }
}
