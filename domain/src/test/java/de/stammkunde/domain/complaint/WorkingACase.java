package de.stammkunde.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.contact.CustomerType;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffRole;
import de.stammkunde.domain.testing.InMemoryApplication;
import de.stammkunde.domain.testing.InMemoryComplaintCases;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A complaint walked through the five steps by the use cases, with in-memory fakes. */
class WorkingACase {
    private final InMemoryApplication app = new InMemoryApplication();
    private final Shop shop = app.shop();
    private final Customer erika = app.customer(shop, "Erika", "erika@example.de");
    private final InMemoryComplaintCases cases = new InMemoryComplaintCases(app.customers);
    private final OpenCase open = new OpenCase(app.customers, cases, app.events, app.clock);
    private final WorkCase work = new WorkCase(app.shops, app.staff, cases, app.events, app.clock);
    private final CaseQueries queries = new CaseQueries(app.customers, cases, app.staff);
    private final StaffId anna = agent("Anna");
    private final StaffId ben = agent("Ben");

    private StaffId agent(String name) {
        StaffId id = StaffId.newId();
        app.staff.add(new StaffMember(shop.id(), id, name, name.toLowerCase() + "@example.de", StaffRole.AGENT,
                "hash", true), Actor.SYSTEM);
        return id;
    }

    private ComplaintCase openCase(Actor by) {
        return open.open(shop.id(), new OpenCase.Command(erika.id(), " Brötchen hart ", "", CaseCategory.PRODUCT_QUALITY,
                Severity.MEDIUM, Channel.PHONE, CustomerType.GRUMBLER, null), by);
    }

    @Test
    void aComplaintWalksTheFiveStepsWithOneHandOffAndComesBackOnce() {
        ComplaintCase c = openCase(Actor.staff(anna));
        assertThat(c.number()).isEqualTo(1);
        assertThat(c.subject()).isEqualTo("Brötchen hart");
        assertThat(c.description()).isNull();
        assertThat(c.assigneeId()).as("the opener owns it").isEqualTo(anna);
        assertThat(app.published(CaseOpened.class)).singleElement()
                .satisfies(e -> assertThat(e.caseId()).isEqualTo(c.id()));

        app.advance(Duration.ofMinutes(2));
        ComplaintCase greeted = work.apply(shop.id(), c.id(), new CaseCommand.Acknowledge("Danke für Ihren Anruf"),
                Actor.staff(anna));
        assertThat(greeted.step()).isEqualTo(CaseStep.UNDERSTAND);
        assertThat(greeted.acknowledgedAt()).isEqualTo(app.clock.instant());

        assertThatThrownBy(() -> work.apply(shop.id(), c.id(), new CaseCommand.Understand("hart", "Ersatz"),
                Actor.staff(ben))).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().code()).isEqualTo("case-owned-by-other"));
        work.apply(shop.id(), c.id(), new CaseCommand.Assign(ben, "Ben backt"), Actor.staff(ben));
        work.apply(shop.id(), c.id(), new CaseCommand.Understand("Kruste hart seit Montag", "Frische Brötchen"),
                Actor.staff(ben));
        work.apply(shop.id(), c.id(), new CaseCommand.Agree("Ersatz, Gutschein", "Gutschein über 5 €"),
                Actor.staff(ben));
        ComplaintCase planned = work.apply(shop.id(), c.id(), new CaseCommand.PlanAction("Gutschein senden",
                LocalDate.parse("2026-03-03")), Actor.staff(ben));
        assertThatThrownBy(() -> work.apply(shop.id(), c.id(), new CaseCommand.Deliver(), Actor.staff(ben)))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().field()).isEqualTo("actions"));
        work.apply(shop.id(), c.id(), new CaseCommand.CompleteAction(planned.actions().getFirst().id()),
                Actor.staff(ben));
        work.apply(shop.id(), c.id(), new CaseCommand.Deliver(), Actor.staff(ben));
        ComplaintCase closed = work.apply(shop.id(), c.id(), new CaseCommand.Close(new Satisfaction(3, 4, 5, 2),
                "zufrieden"), Actor.staff(ben));
        assertThat(closed.step()).isEqualTo(CaseStep.CLOSED);
        assertThat(closed.satisfaction().verdict()).isEqualTo(Satisfaction.Verdict.HIGHLY_SATISFIED);
        assertThat(app.published(CaseClosed.class)).hasSize(1);

        ComplaintCase reopened = work.apply(shop.id(), c.id(), new CaseCommand.Reopen("wieder hart"),
                Actor.staff(anna));
        assertThat(reopened.step()).isEqualTo(CaseStep.UNDERSTAND);
        assertThat(reopened.assigneeId()).isEqualTo(anna);
        assertThat(reopened.handoffs()).as("Anna → Ben → Anna").isEqualTo(2);
        assertThat(reopened.reopens()).isEqualTo(1);
        assertThat(reopened.closedAt()).isNull();
        assertThat(app.published(CaseReopened.class)).hasSize(1);

        CaseQueries.CaseDetail detail = queries.detail(shop.id(), c.id());
        assertThat(detail.customerName()).isEqualTo("Erika Muster");
        assertThat(detail.timeline()).extracting(CaseEntry::kind).containsExactly(CaseEntry.Kind.OPENED,
                CaseEntry.Kind.ACKNOWLEDGED, CaseEntry.Kind.HANDED_OFF, CaseEntry.Kind.UNDERSTOOD,
                CaseEntry.Kind.AGREED, CaseEntry.Kind.ACTION_PLANNED, CaseEntry.Kind.ACTION_DONE,
                CaseEntry.Kind.DELIVERED, CaseEntry.Kind.CLOSED, CaseEntry.Kind.HANDED_OFF, CaseEntry.Kind.REOPENED);
    }

    @Test
    void aRequestFromThePortalWaitsUnassignedUntilSomeoneWorksIt() {
        ComplaintCase c = openCase(Actor.customer(erika.id()));
        assertThat(c.assigneeId()).isNull();
        assertThat(queries.list(shop.id(), CaseView.UNASSIGNED, anna, null, null, 10)).hasSize(1);
        assertThat(queries.list(shop.id(), CaseView.MINE, anna, null, null, 10)).isEmpty();
        ComplaintCase greeted = work.apply(shop.id(), c.id(), new CaseCommand.Acknowledge(null), Actor.staff(anna));
        assertThat(greeted.assigneeId()).isEqualTo(anna);
        assertThat(greeted.handoffs()).as("taking an unassigned case is no hand-off").isZero();
        assertThat(queries.list(shop.id(), CaseView.MINE, anna, null, null, 10)).hasSize(1);
        assertThat(queries.list(shop.id(), CaseView.UNASSIGNED, anna, null, null, 10)).isEmpty();
    }

    @Test
    void badInputAndOtherShopsAreRefused() {
        ComplaintCase c = openCase(Actor.staff(anna));
        assertThatThrownBy(() -> work.apply(shop.id(), c.id(), new CaseCommand.Assign(StaffId.newId(), null),
                Actor.staff(anna))).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().field()).isEqualTo("assigneeId"));
        assertThatThrownBy(() -> work.apply(ShopId.newId(), c.id(), new CaseCommand.Note("x"), Actor.staff(anna)))
                .isInstanceOf(NotFoundException.class);
        Shop other = app.shop();
        assertThatThrownBy(() -> work.apply(other.id(), c.id(), new CaseCommand.Note("x"), Actor.staff(anna)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.detail(other.id(), c.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> open.open(shop.id(), new OpenCase.Command(new CustomerId(UUID.randomUUID()), "x",
                null, CaseCategory.OTHER, Severity.LOW, Channel.EMAIL, null, null), Actor.staff(anna)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> open.open(shop.id(), new OpenCase.Command(erika.id(), "x", null, CaseCategory.OTHER,
                Severity.LOW, Channel.EMAIL, null, app.clock.instant().minus(Duration.ofDays(31))),
                Actor.staff(anna))).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().field()).isEqualTo("receivedAt"));
        assertThat(queries.list(shop.id(), CaseView.ALL, anna, erika.id(), null, 10)).hasSize(1);
        assertThat(cases.timeline(shop.id(), c.id())).as("refused commands add nothing").hasSize(1);
    }
}
