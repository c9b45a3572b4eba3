package de.stammkunde.domain.complaint;

import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Use case: staff work a case — one {@link CaseCommand} at a time, checked by {@link CaseLifecycle}. The case is
 * locked while it changes, so two agents acting at once queue up and the second sees the first's result. A case can
 * only be handed to an active staff member of the shop.
 */
public final class WorkCase {
    private final Shops shops;
    private final StaffMembers staff;
    private final ComplaintCases cases;
    private final DomainEvents events;
    private final Clock clock;

    public WorkCase(Shops shops, StaffMembers staff, ComplaintCases cases, DomainEvents events, Clock clock) {
        this.shops = shops;
        this.staff = staff;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    public ComplaintCase apply(ShopId shopId, UUID caseId, CaseCommand command, Actor actor) {
        if (actor.kind() != Actor.Kind.STAFF || actor.id() == null) {
            throw new IllegalArgumentException("only staff work cases: " + actor.describe());
        }
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFoundException("shop", shopId));
        ComplaintCase before = cases.lockById(shopId, caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        if (command instanceof CaseCommand.Assign(StaffId assignee, String ignored)
                && !staff.byId(shopId, assignee).map(StaffMember::active).orElse(false)) {
            Decision.reject("case-assignee-unknown", "assigneeId", "No active staff member of the shop has that id")
                    .orThrow();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, shop.timeZone());
        CaseLifecycle.Outcome outcome = CaseLifecycle.apply(before, command, new StaffId(actor.id()), now, today);
        ComplaintCase after = outcome.after();
        cases.update(after, outcome.entries());
        if (before.open() && !after.open()) {
            events.publish(new CaseClosed(shopId, caseId, after.customerId(), after.reopens(), now));
        } else if (!before.open() && after.open()) {
            events.publish(new CaseReopened(shopId, caseId, after.customerId(), now));
        }
        return after;
    }
}
