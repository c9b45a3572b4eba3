package de.stammkunde.domain.expiry;

import de.stammkunde.domain.events.EventBus;
import de.stammkunde.domain.events.EventSubscriber;

/** Expiry's reactions: an expiry notice is mailed after it committed. */
public final class ExpirySubscriptions implements EventSubscriber {
    private final MailExpiryNotice mailNotice;

    public ExpirySubscriptions(MailExpiryNotice mailNotice) {
        this.mailNotice = mailNotice;
    }

    @Override
    public void subscribeTo(EventBus bus) {
        bus.afterCommit("mail.points-expiring", ExpiryNoticeIssued.class, mailNotice::handle);
    }
}
