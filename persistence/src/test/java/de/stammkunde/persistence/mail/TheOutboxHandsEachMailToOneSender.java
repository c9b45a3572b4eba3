package de.stammkunde.persistence.mail;

import static de.stammkunde.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.mail.MailOutbox;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.mail.OutgoingMail;
import de.stammkunde.domain.mail.QueuedMail;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.persistence.PersistenceTestSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TheOutboxHandsEachMailToOneSender {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final DSLContext dsl = PersistenceTestSupport.dsl();
    private final MailOutbox outbox = MailPersistence.outbox(dsl);

    @BeforeEach
    void nothingElseIsDue() {
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, "FAILED").where(MAIL_OUTBOX.STATUS.eq("PENDING")).execute();
    }

    private static OutgoingMail mail(Shop shop, String key, String firstName) {
        return new OutgoingMail(shop.id(), UUID.randomUUID(), key, "erika@example.de", Language.EN,
                MailTemplate.POINTS_EXPIRING, Map.of("firstName", firstName, "points", "1200",
                "expiresOn", "2026-12-20", "shopName", "Bäckerei „Sonnenschein“", "shopSlug", "sonne"));
    }

    @Test
    void theSameFactIsQueuedOncePerShopAndComesBackAsItWasQueued() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Shop other = PersistenceTestSupport.newShop(dsl);
        OutgoingMail first = mail(shop, "points-expiring:x:2026-12-20", "Erika");

        assertThat(outbox.enqueue(first, T0, Actor.SYSTEM)).isTrue();
        assertThat(outbox.enqueue(mail(shop, first.dedupeKey(), "Zweite"), T0, Actor.SYSTEM)).isFalse();
        assertThat(outbox.enqueue(mail(other, first.dedupeKey(), "Other"), T0.plusSeconds(1), Actor.SYSTEM))
                .isTrue();

        assertThat(outbox.counts(shop.id())).isEqualTo(new MailOutbox.Counts(1, 0, 0));
        assertThat(outbox.claimNextDue(T0.minusSeconds(1))).as("not due before it was queued").isEmpty();
        assertThat(outbox.claimNextDue(T0)).contains(new QueuedMail(first, 0));
    }

    @Test
    void aMailToRetryIsNotDueBeforeItsTimeAndASentOneNeverAgain() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutgoingMail mail = mail(shop, "retry", "Erika");
        outbox.enqueue(mail, T0, Actor.SYSTEM);

        outbox.markRetry(shop.id(), mail.id(), 1, T0.plusSeconds(60), "Connection refused");
        assertThat(outbox.claimNextDue(T0.plusSeconds(59))).isEmpty();
        assertThat(outbox.claimNextDue(T0.plusSeconds(60))).contains(new QueuedMail(mail, 1));

        outbox.markSent(shop.id(), mail.id(), 2, T0.plusSeconds(60));
        assertThat(outbox.claimNextDue(T0.plusSeconds(3600))).isEmpty();
        assertThat(outbox.counts(shop.id())).isEqualTo(new MailOutbox.Counts(0, 1, 0));
        var row = dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.MAIL_ID.eq(mail.id())).fetchOne();
        assertThat(row.getAttempts()).isEqualTo(2);
        assertThat(row.getSentAt().toInstant()).isEqualTo(T0.plusSeconds(60));
        assertThat(row.getLastError()).isEqualTo("Connection refused");
        assertThat(outbox.troubles(shop.id(), 10)).as("sent in the end: no trouble").isEmpty();
    }

    @Test
    void theOwnerSeesMailsThatFailedOrWaitForAnotherAttempt() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutgoingMail waiting = mail(shop, "waiting", "Wanda");
        OutgoingMail failed = mail(shop, "failed", "Fritz");
        OutgoingMail fine = mail(shop, "fine", "Fine");
        outbox.enqueue(waiting, T0, Actor.SYSTEM);
        outbox.enqueue(failed, T0.plusSeconds(1), Actor.SYSTEM);
        outbox.enqueue(fine, T0.plusSeconds(2), Actor.SYSTEM);
        outbox.markRetry(shop.id(), waiting.id(), 2, T0.plusSeconds(120), "Connection refused");
        outbox.markFailed(shop.id(), failed.id(), 1, "550 no such user");

        assertThat(outbox.troubles(shop.id(), 10)).containsExactly(
                new MailOutbox.Trouble(failed.id(), "erika@example.de", MailTemplate.POINTS_EXPIRING, true, 1,
                        "550 no such user", T0.plusSeconds(1), null),
                new MailOutbox.Trouble(waiting.id(), "erika@example.de", MailTemplate.POINTS_EXPIRING, false, 2,
                        "Connection refused", T0, T0.plusSeconds(120)));
        assertThat(outbox.troubles(PersistenceTestSupport.newShop(dsl).id(), 10)).isEmpty();
        assertThat(outbox.counts(shop.id())).isEqualTo(new MailOutbox.Counts(2, 0, 1));
    }

    @Test
    void aSecondSenderSkipsTheMailTheFirstHoldsAndTakesTheNext() throws Exception {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutgoingMail a = mail(shop, "a", "Anna");
        OutgoingMail b = mail(shop, "b", "Bert");
        outbox.enqueue(a, T0, Actor.SYSTEM);
        outbox.enqueue(b, T0.plusSeconds(1), Actor.SYSTEM);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<Optional<QueuedMail>> first = CompletableFuture.supplyAsync(() ->
                dsl.transactionResult(tx -> {
                    MailOutbox sender = MailPersistence.outbox(tx.dsl());
                    Optional<QueuedMail> claimed = sender.claimNextDue(T0.plusSeconds(5));
                    firstClaimed.countDown();
                    releaseFirst.await(10, TimeUnit.SECONDS);
                    sender.markSent(shop.id(), claimed.orElseThrow().mail().id(), 1, T0.plusSeconds(5));
                    return claimed;
                }));
        assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
        Optional<QueuedMail> second = dsl.transactionResult(tx -> {
            // Without SKIP LOCKED this claim would wait for the first sender and fail on the lock timeout.
            tx.dsl().execute("SET LOCAL lock_timeout = '2s'");
            MailOutbox sender = MailPersistence.outbox(tx.dsl());
            Optional<QueuedMail> claimed = sender.claimNextDue(T0.plusSeconds(5));
            sender.markSent(shop.id(), claimed.orElseThrow().mail().id(), 1, T0.plusSeconds(5));
            return claimed;
        });
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).map(q -> q.mail().id()).contains(a.id());
        assertThat(second).map(q -> q.mail().id()).contains(b.id());
        assertThat(outbox.claimNextDue(T0.plusSeconds(3600))).isEmpty();
        assertThat(outbox.counts(shop.id())).isEqualTo(new MailOutbox.Counts(0, 2, 0));
    }

    @Test
    void aMailThisVersionCannotReadIsGivenUpAndDoesNotBlockTheOthers() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutgoingMail readable = mail(shop, "readable", "Rita");
        outbox.enqueue(readable, T0.plusSeconds(1), Actor.SYSTEM);
        UUID unknown = UUID.randomUUID();
        dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.SHOP_ID, shop.id().value())
                .set(MAIL_OUTBOX.MAIL_ID, unknown)
                .set(MAIL_OUTBOX.DEDUPE_KEY, "from-a-newer-version")
                .set(MAIL_OUTBOX.RECIPIENT, "x@example.de")
                .set(MAIL_OUTBOX.LANGUAGE, "de")
                .set(MAIL_OUTBOX.TEMPLATE, "SURVEY_FROM_THE_FUTURE")
                .set(MAIL_OUTBOX.PARAMS, org.jooq.JSONB.valueOf("{}"))
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, T0.atOffset(java.time.ZoneOffset.UTC))
                .set(MAIL_OUTBOX.CREATED_BY, "test")
                .execute();

        assertThat(outbox.claimNextDue(T0.plusSeconds(5))).map(q -> q.mail().id()).contains(readable.id());
        var unreadable = dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.MAIL_ID.eq(unknown)).fetchOne();
        assertThat(unreadable.getStatus()).isEqualTo("FAILED");
        assertThat(unreadable.getLastError()).startsWith("unreadable: ");
    }

    @Test
    void givenUpMailsCanBeQueuedAgain() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutgoingMail mail = mail(shop, "again", "Anton");
        outbox.enqueue(mail, T0, Actor.SYSTEM);
        outbox.markFailed(shop.id(), mail.id(), 10, "Relaying denied");
        assertThat(outbox.claimNextDue(T0.plusSeconds(3600))).isEmpty();

        assertThat(outbox.retryFailed(PersistenceTestSupport.newShop(dsl).id(), T0)).as("another shop's").isZero();
        assertThat(outbox.retryFailed(shop.id(), T0.plusSeconds(60))).isEqualTo(1);

        assertThat(outbox.claimNextDue(T0.plusSeconds(60))).contains(new QueuedMail(mail, 0));
    }

    @Test
    void sentMailsAreForgottenAfterTheirTimeInBoundedBatches() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        OutgoingMail old1 = mail(shop, "old1", "Olga");
        OutgoingMail old2 = mail(shop, "old2", "Otto");
        OutgoingMail recent = mail(shop, "recent", "Rita");
        OutgoingMail failed = mail(shop, "failed-long-ago", "Fritz");
        for (OutgoingMail m : List.of(old1, old2, recent, failed)) {
            outbox.enqueue(m, T0, Actor.SYSTEM);
        }
        outbox.markSent(shop.id(), old1.id(), 1, T0);
        outbox.markSent(shop.id(), old2.id(), 1, T0.plusSeconds(1));
        outbox.markSent(shop.id(), recent.id(), 1, T0.plus(java.time.Duration.ofDays(100)));
        outbox.markFailed(shop.id(), failed.id(), 10, "gone");
        Instant cutoff = T0.plus(java.time.Duration.ofDays(90));
        long elsewhere = dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.SHOP_ID.ne(shop.id().value())
                .and(MAIL_OUTBOX.SENT_AT.lt(cutoff.atOffset(java.time.ZoneOffset.UTC))));

        int first = outbox.deleteSentBefore(cutoff, 1);
        int rest = outbox.deleteSentBefore(cutoff, 1000);

        assertThat(first).isEqualTo(1);
        assertThat(first + rest).isEqualTo(2 + elsewhere);
        assertThat(dsl.select(MAIL_OUTBOX.DEDUPE_KEY).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.SHOP_ID.eq(shop.id().value())).fetch(MAIL_OUTBOX.DEDUPE_KEY))
                .containsExactlyInAnyOrder("recent", "failed-long-ago");
    }
}
