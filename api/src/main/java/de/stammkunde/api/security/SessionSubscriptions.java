package de.stammkunde.api.security;

import de.stammkunde.domain.events.EventBus;
import de.stammkunde.domain.events.EventSubscriber;
import de.stammkunde.domain.staff.StaffAccessEnded;
import org.springframework.stereotype.Component;

/**
 * Sessions follow the accounts: an off-boarded staff member's sessions end at once, inside the off-boarding
 * transaction (were it rolled back, they would only have to log in again).
 */
@Component
class SessionSubscriptions implements EventSubscriber {
    private final SessionTermination termination;

    SessionSubscriptions(SessionTermination termination) {
        this.termination = termination;
    }

    @Override
    public void subscribeTo(EventBus bus) {
        bus.inTransaction(StaffAccessEnded.class,
                e -> termination.endAll(StammkundeUser.sessionKey(Role.AGENT, e.staffId().value())));
    }
}
