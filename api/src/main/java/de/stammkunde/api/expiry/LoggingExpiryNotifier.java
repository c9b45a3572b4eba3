package de.stammkunde.api.expiry;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.expiry.ExpiryNotifier;
import de.stammkunde.domain.shop.Shop;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Expiry notices go to the log for now; the portal shows every customer what expires when. E-mail delivery
 * (Spring Mail, an outbox, GreenMail in tests) is the next step of the loyalty programme issue.
 */
@Component
class LoggingExpiryNotifier implements ExpiryNotifier {
    private static final Logger log = LoggerFactory.getLogger(LoggingExpiryNotifier.class);

    /** Sent after the transaction that recorded the notice commits, so a rollback never sends it twice. */
    @Override
    public void pointsExpireSoon(Shop shop, Customer customer, long points, LocalDate expiresOn) {
        Runnable send = () -> log.info("Expiry notice: shop {} customer {} - {} points expire on {}", shop.slug(),
                customer.number(), points, expiresOn);
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            send.run();
                        }
                    });
        } else {
            send.run();
        }
    }
}
