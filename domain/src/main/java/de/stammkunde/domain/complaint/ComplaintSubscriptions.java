package de.stammkunde.domain.complaint;

import de.stammkunde.domain.events.EventBus;
import de.stammkunde.domain.events.EventSubscriber;

/** The service desk's reactions: a request opened outside business hours is acknowledged by mail after commit. */
public final class ComplaintSubscriptions implements EventSubscriber {
    private final AcknowledgeOutsideHours acknowledge;

    public ComplaintSubscriptions(AcknowledgeOutsideHours acknowledge) {
        this.acknowledge = acknowledge;
    }

    @Override
    public void subscribeTo(EventBus bus) {
        bus.afterCommit("mail.case-acknowledgement", CaseOpened.class, acknowledge::handle);
    }
}
