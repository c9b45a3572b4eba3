package de.stammkunde.domain.complaint;

import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.contact.Direction;
import de.stammkunde.domain.contact.RecordContact;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * Use case: a customer opens a service request in the portal. It is a contact (web form, inbound) in the customer's
 * history and a case waiting unassigned in step Begrüßen; the agent classifies it. A customer has at most
 * {@value #MAX_OPEN} requests open at once (a flood of requests helps nobody, and the agents keep their inbox).
 */
public final class OpenServiceRequest {
    public static final int MAX_OPEN = 5;

    public record Command(String subject, @Nullable String description, @Nullable CaseCategory category) {
    }

    private final OpenCase openCase;
    private final RecordContact recordContact;
    private final ComplaintCases cases;

    public OpenServiceRequest(OpenCase openCase, RecordContact recordContact, ComplaintCases cases) {
        this.openCase = openCase;
        this.recordContact = recordContact;
        this.cases = cases;
    }

    public ComplaintCase open(ShopId shopId, CustomerId customerId, Command command) {
        String subject = CaseLifecycle.required(command.subject(), "subject");
        long open = cases.find(new ComplaintCases.Filter(shopId, true, null, false, customerId, true), null,
                200).stream().filter(l -> l.complaint().openedBy().equals(Actor.customer(customerId)
                .describe())).count();
        if (open >= MAX_OPEN) {
            Decision.conflict("too-many-open-requests", "subject",
                    "You have {0} open requests: we answer those first", MAX_OPEN).orThrow();
        }
        Actor customer = Actor.customer(customerId);
        recordContact.record(shopId, customerId, new RecordContact.Command(Channel.WEB_FORM, Direction.INBOUND, null,
                null, null, null, subject, command.description(), null), customer);
        return openCase.open(shopId, new OpenCase.Command(customerId, subject, command.description(),
                command.category() == null ? CaseCategory.OTHER : command.category(), Severity.MEDIUM,
                Channel.WEB_FORM, null, null), customer);
    }
}
