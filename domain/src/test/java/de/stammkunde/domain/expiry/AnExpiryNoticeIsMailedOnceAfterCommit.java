package de.stammkunde.domain.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.LedgerEntryType;
import de.stammkunde.domain.mail.MailQueue;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.testing.InMemoryApplication;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnExpiryNoticeIsMailedOnceAfterCommit {
    private final InMemoryApplication app = new InMemoryApplication();
    private final Shop shop = app.shop();

    AnExpiryNoticeIsMailedOnceAfterCommit() {
        app.programmes.save(shop.id(), new ExpiryRule(ExpiryRule.Mode.AFTER_EARNING, 2), Actor.SYSTEM);
    }

    @Test
    void pointsDueToExpireAreAnnouncedByMailThenBooked() {
        Customer erika = app.customer(shop, "Erika", "erika@example.de");
        app.adjustPoints().adjust(shop.id(), erika.id(), 120, "Start", Actor.SYSTEM);

        app.advance(Duration.ofDays(40));
        assertThat(app.expirePoints().run(shop.id(), erika.id())).as("nothing due yet").isZero();
        assertThat(app.published(ExpiryNoticeIssued.class)).singleElement().satisfies(n -> {
            assertThat(n.points()).isEqualTo(120);
            assertThat(n.expiresOn()).isEqualTo(LocalDate.of(2026, 5, 2));
        });
        assertThat(expiryMails()).as("queued only after the notice's commit").isEmpty();

        assertThat(app.deliverAll()).as("the portal link, the event, then the mail it queued").isEqualTo(3);
        assertThat(app.sent).filteredOn(m -> m.subject().startsWith("POINTS_EXPIRING")).singleElement()
                .satisfies(m -> {
            assertThat(m.to()).isEqualTo("erika@example.de");
            assertThat(m.subject()).isEqualTo("POINTS_EXPIRING DE");
            assertThat(m.text()).contains("points=120", "expiresOn=2026-05-02", "firstName=Erika");
        });

        assertThat(app.expirePoints().run(shop.id(), erika.id())).isZero();
        assertThat(app.deliverAll()).as("one notice per date, however often the job runs").isZero();

        app.advance(Duration.ofDays(21));
        assertThat(app.expirePoints().run(shop.id(), erika.id())).isEqualTo(120);
        assertThat(app.ledger.balance(shop.id(), erika.id())).isEqualTo(Balance.ZERO);
        assertThat(app.ledgerStore.entriesOf(erika.id()).getLast().type()).isEqualTo(LedgerEntryType.EXPIRY);
        assertThat(app.expirePoints().run(shop.id(), erika.id())).as("booked once").isZero();
    }

    private java.util.List<?> expiryMails() {
        return app.outbox.ofTopic(MailQueue.TOPIC).stream()
                .filter(r -> r.message().payloadType().equals("POINTS_EXPIRING")).toList();
    }

    @Test
    void aCustomerWithoutAddressGetsTheNoticeInThePortalOnly() {
        Customer otto = app.customer(shop, "Otto", null);
        app.adjustPoints().adjust(shop.id(), otto.id(), 50, "Start", Actor.SYSTEM);
        app.advance(Duration.ofDays(40));

        app.expirePoints().run(shop.id(), otto.id());

        assertThat(app.notices.notices).hasSize(1);
        assertThat(app.deliverAll()).isEqualTo(1);
        assertThat(app.sent).isEmpty();
        assertThat(expiryMails()).isEmpty();
    }
}
