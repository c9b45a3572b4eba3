package de.stammkunde.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MailIsRetriedThenGivenUp {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Map<String, String> PARAMS = Map.of("firstName", "Erika", "points", "120",
            "expiresOn", "2026-12-20", "shopName", "Bäckerei", "shopSlug", "baeckerei");

    /** The outbox as a map, with the same semantics as the table. */
    static final class InMemoryOutbox implements MailOutbox {
        record Row(OutgoingMail mail, String status, int attempts, Instant next, String error) {
        }

        final Map<UUID, Row> rows = new LinkedHashMap<>();

        @Override
        public boolean enqueue(OutgoingMail mail, Instant now, Actor actor) {
            boolean duplicate = rows.values().stream().anyMatch(r -> r.mail().shopId().equals(mail.shopId())
                    && r.mail().dedupeKey().equals(mail.dedupeKey()));
            if (!duplicate) {
                rows.put(mail.id(), new Row(mail, "PENDING", 0, now, ""));
            }
            return !duplicate;
        }

        @Override
        public Optional<QueuedMail> claimNextDue(Instant now) {
            return rows.values().stream().filter(r -> r.status().equals("PENDING") && !r.next().isAfter(now))
                    .min(Comparator.comparing(Row::next)).map(r -> new QueuedMail(r.mail(), r.attempts()));
        }

        @Override
        public void markSent(ShopId shopId, UUID mailId, int attempts, Instant sentAt) {
            Row r = rows.get(mailId);
            rows.put(mailId, new Row(r.mail(), "SENT", attempts, sentAt, r.error())); // next: when it was sent
        }

        @Override
        public void markRetry(ShopId shopId, UUID mailId, int attempts, Instant nextAttemptAt, String error) {
            Row r = rows.get(mailId);
            rows.put(mailId, new Row(r.mail(), "PENDING", attempts, nextAttemptAt, error));
        }

        @Override
        public void markFailed(ShopId shopId, UUID mailId, int attempts, String error) {
            Row r = rows.get(mailId);
            rows.put(mailId, new Row(r.mail(), "FAILED", attempts, r.next(), error));
        }

        @Override
        public Counts counts(ShopId shopId) {
            return new Counts(count("PENDING"), count("SENT"), count("FAILED"));
        }

        @Override
        public int deleteSentBefore(Instant before, int limit) {
            var old = rows.values().stream().filter(r -> r.status().equals("SENT") && r.next().isBefore(before))
                    .limit(limit).map(r -> r.mail().id()).toList();
            old.forEach(rows::remove);
            return old.size();
        }

        @Override
        public int retryFailed(ShopId shopId, Instant now) {
            var failed = rows.values().stream().filter(r -> r.status().equals("FAILED")
                    && r.mail().shopId().equals(shopId)).toList();
            failed.forEach(r -> rows.put(r.mail().id(), new Row(r.mail(), "PENDING", 0, now, r.error())));
            return failed.size();
        }

        @Override
        public List<Trouble> troubles(ShopId shopId, int limit) {
            return rows.values().stream()
                    .filter(r -> r.mail().shopId().equals(shopId) && !r.status().equals("SENT") && !r.error().isEmpty())
                    .limit(limit)
                    .map(r -> new Trouble(r.mail().id(), r.mail().recipient(), r.mail().template(),
                            r.status().equals("FAILED"), r.attempts(), r.error(), T0,
                            r.status().equals("FAILED") ? null : r.next()))
                    .toList();
        }

        private long count(String status) {
            return rows.values().stream().filter(r -> r.status().equals(status)).count();
        }
    }

    static final class MutableClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final MutableClock clock = new MutableClock();
    private final List<RenderedMail> sent = new ArrayList<>();
    private final MailRenderer renderer = mail -> new RenderedMail(mail.recipient(), "Subject " + mail.language(),
            "Hallo " + mail.params().get("firstName"));

    private OutgoingMail mail(String key) {
        return new OutgoingMail(ShopId.newId(), UUID.randomUUID(), key, "erika@example.de", Language.DE,
                MailTemplate.POINTS_EXPIRING, PARAMS);
    }

    @Test
    void aDueMailIsRenderedSentAndMarkedSentOnce() {
        DeliverMail deliver = new DeliverMail(outbox, renderer, sent::add, clock);
        OutgoingMail mail = mail("k1");
        outbox.enqueue(mail, T0, Actor.SYSTEM);

        assertThat(deliver.deliverNext()).contains(DeliverMail.Outcome.SENT);
        assertThat(deliver.deliverNext()).isEmpty();

        assertThat(sent).containsExactly(new RenderedMail("erika@example.de", "Subject DE", "Hallo Erika"));
        assertThat(outbox.rows.get(mail.id()).attempts()).isEqualTo(1);
        assertThat(outbox.counts(mail.shopId())).isEqualTo(new MailOutbox.Counts(0, 1, 0));
    }

    @Test
    void aTransientFailureWaitsLongerEachTimeAndGivesUpAfterTenAttempts() {
        MailTransport down = m -> {
            throw new MailDeliveryException("Connection refused", false, null);
        };
        DeliverMail deliver = new DeliverMail(outbox, renderer, down, clock);
        OutgoingMail mail = mail("k2");
        outbox.enqueue(mail, T0, Actor.SYSTEM);

        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt < DeliverMail.MAX_ATTEMPTS; attempt++) {
            assertThat(deliver.deliverNext()).contains(DeliverMail.Outcome.RETRY_LATER);
            assertThat(deliver.deliverNext()).as("not due again before its time").isEmpty();
            Instant next = outbox.rows.get(mail.id()).next();
            waits.add(Duration.between(clock.now, next));
            clock.now = next;
        }
        assertThat(deliver.deliverNext()).contains(DeliverMail.Outcome.FAILED);
        assertThat(deliver.deliverNext()).isEmpty();

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofMinutes(64),
                Duration.ofMinutes(128), Duration.ofMinutes(256));
        assertThat(outbox.rows.get(mail.id()).attempts()).isEqualTo(10);
        assertThat(outbox.rows.get(mail.id()).error()).isEqualTo("Connection refused");
        assertThat(DeliverMail.waitAfter(12)).isEqualTo(Duration.ofHours(6));
        assertThat(DeliverMail.waitAfter(64)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aPermanentFailureOrAnUnwritableMailIsGivenUpAtOnceAndDoesNotBlockTheNext() {
        MailTransport rejecting = m -> {
            if (m.text().contains("Erika")) {
                throw new MailDeliveryException("550 no such user", true, null);
            }
            sent.add(m);
        };
        MailRenderer picky = m -> {
            if (m.dedupeKey().equals("broken")) {
                throw new IllegalStateException("missing text");
            }
            return renderer.render(m);
        };
        DeliverMail deliver = new DeliverMail(outbox, picky, rejecting, clock);
        OutgoingMail rejected = mail("rejected");
        OutgoingMail broken = mail("broken");
        OutgoingMail fine = new OutgoingMail(ShopId.newId(), UUID.randomUUID(), "fine", "max@example.de",
                Language.EN, MailTemplate.POINTS_EXPIRING, Map.of("firstName", "Max", "points", "5",
                "expiresOn", "2026-12-20", "shopName", "Shop", "shopSlug", "shop"));
        outbox.enqueue(rejected, T0, Actor.SYSTEM);
        outbox.enqueue(broken, T0.plusSeconds(1), Actor.SYSTEM);
        outbox.enqueue(fine, T0.plusSeconds(2), Actor.SYSTEM);
        clock.now = T0.plusSeconds(3);

        assertThat(deliver.deliverNext()).contains(DeliverMail.Outcome.FAILED);
        assertThat(deliver.deliverNext()).contains(DeliverMail.Outcome.FAILED);
        assertThat(deliver.deliverNext()).contains(DeliverMail.Outcome.SENT);
        assertThat(deliver.deliverNext()).isEmpty();

        assertThat(outbox.rows.get(rejected.id()).error()).isEqualTo("550 no such user");
        assertThat(outbox.rows.get(broken.id()).error()).isEqualTo("cannot render: missing text");
        assertThat(sent).extracting(RenderedMail::to).containsExactly("max@example.de");
    }

    @Test
    void aGivenUpMailThatIsQueuedAgainIsDeliveredAndLeavesTheTroubles() {
        MailTransport rejecting = m -> {
            throw new MailDeliveryException("bad", true, null);
        };
        OutgoingMail mail = mail("again");
        outbox.enqueue(mail, T0, Actor.SYSTEM);
        assertThat(new DeliverMail(outbox, renderer, rejecting, clock).deliverNext())
                .contains(DeliverMail.Outcome.FAILED);
        assertThat(outbox.troubles(mail.shopId(), 10)).extracting(MailOutbox.Trouble::failed).containsExactly(true);

        assertThat(outbox.retryFailed(mail.shopId(), T0)).isEqualTo(1);
        assertThat(new DeliverMail(outbox, renderer, sent::add, clock).deliverNext())
                .contains(DeliverMail.Outcome.SENT);

        assertThat(outbox.troubles(mail.shopId(), 10)).isEmpty();
        assertThat(sent).hasSize(1);
        assertThat(outbox.deleteSentBefore(T0, 10)).as("sent at T0, not before").isZero();
        assertThat(outbox.deleteSentBefore(T0.plusSeconds(1), 10)).isEqualTo(1);
    }

    @Test
    void aMailWithoutTheParametersItsTemplateNeedsIsRefusedWhenQueued() {
        assertThatThrownBy(() -> new OutgoingMail(ShopId.newId(), UUID.randomUUID(), "k", "erika@example.de",
                Language.DE, MailTemplate.POINTS_EXPIRING, Map.of("firstName", "Erika")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expiresOn");
    }
}
