package de.stammkunde.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.testing.InMemoryApplication;
import de.stammkunde.domain.testing.InMemoryServiceContacts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules of a recorded contact, with in-memory fakes: times in order, not in the future, a year back at most. */
class RecordingAContact {
    private final InMemoryApplication app = new InMemoryApplication();
    private final Customer erika = app.customer(app.shop(), "Erika", "erika@example.de");
    private final InMemoryServiceContacts contacts = new InMemoryServiceContacts();
    private final RecordContact record = new RecordContact(app.customers, contacts, app.events, app.clock);
    private final ContactQueries queries = new ContactQueries(app.customers, contacts);
    private final Actor agent = Actor.staff(StaffId.newId());

    private RecordContact.Command call(Instant received, Instant answered, Instant ended) {
        return new RecordContact.Command(Channel.PHONE, Direction.INBOUND, received, answered, ended, 12,
                " Reklamation ", " ", CustomerType.SUSPICIOUS);
    }

    @Test
    void aCallIsRecordedWithItsAgentAndTrimmedTextAndPublished() {
        Instant now = app.clock.instant();
        ServiceContact c = record.record(erika.shopId(), erika.id(),
                call(now.minusSeconds(900), now.minusSeconds(840), now.minusSeconds(120)), agent);
        assertThat(c.agentId()).isEqualTo(agent.id());
        assertThat(c.topic()).isEqualTo("Reklamation");
        assertThat(c.notes()).as("blank notes are none").isNull();
        assertThat(c.handlingTime()).isEqualTo(Duration.ofMinutes(12));
        assertThat(app.published(ContactRecorded.class)).singleElement()
                .satisfies(e -> assertThat(e.contactId()).isEqualTo(c.id()));
        ServiceContact byCustomer = record.record(erika.shopId(), erika.id(), new RecordContact.Command(Channel.WEB_FORM,
                Direction.INBOUND, null, null, null, null, "Frage", null, null), Actor.customer(erika.id()));
        assertThat(byCustomer.agentId()).as("no agent when the customer wrote").isNull();
        assertThat(byCustomer.receivedAt()).isEqualTo(app.clock.instant());
        assertThat(queries.history(erika.shopId(), erika.id(), null, null, 10)).extracting(ServiceContact::topic)
                .containsExactly("Frage", "Reklamation");
    }

    @Test
    void timesOutOfOrderInTheFutureOrTooOldAreRefusedNamingTheField() {
        Instant now = app.clock.instant();
        expectRejected(call(now.minusSeconds(600), now.minusSeconds(700), null), "contact-times-order",
                "firstResponseAt");
        expectRejected(call(now.minusSeconds(600), null, now.minusSeconds(601)), "contact-times-order", "endedAt");
        expectRejected(call(now.plus(Duration.ofMinutes(6)), null, null), "contact-in-future", "receivedAt");
        expectRejected(call(now.minus(Duration.ofDays(367)), null, null), "contact-too-old", "receivedAt");
        record.record(erika.shopId(), erika.id(), call(now.plus(Duration.ofMinutes(4)), null, null), agent);
        assertThat(contacts.all).as("only the one within the clock skew").hasSize(1);
        assertThatThrownBy(() -> record.record(erika.shopId(), new CustomerId(java.util.UUID.randomUUID()),
                call(now, null, null), agent)).isInstanceOf(NotFoundException.class);
    }

    private void expectRejected(RecordContact.Command command, String code, String field) {
        assertThatThrownBy(() -> record.record(erika.shopId(), erika.id(), command, agent))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo(code);
                    assertThat(e.rejection().field()).isEqualTo(field);
                });
    }
}
