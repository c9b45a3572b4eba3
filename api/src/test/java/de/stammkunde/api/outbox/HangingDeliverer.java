package de.stammkunde.api.outbox;

import de.stammkunde.domain.events.EventBus;
import de.stammkunde.domain.expiry.ExpiryNoticeIssued;
import de.stammkunde.domain.outbox.DeliverOutbox;
import de.stammkunde.domain.shared.UnitOfWork;
import de.stammkunde.persistence.outbox.OutboxPersistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Runs in a JVM of its own (started by {@link AnEventIsDeliveredAfterItsDelivererWasKilled}): an outbox deliverer
 * with the application's classes whose expiry-notice subscriber announces the event it got and then hangs, so the
 * test can kill the process in the middle of the delivery. Arguments: JDBC URL, user, password, lease in ms.
 */
public final class HangingDeliverer {
    private HangingDeliverer() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            var dsl = DSL.using(connection, SQLDialect.POSTGRES);
            var outbox = OutboxPersistence.outbox(dsl);
            EventBus bus = new EventBus(outbox, new JacksonPayloadCodec(), Clock.systemUTC());
            bus.afterCommit("mail.points-expiring", ExpiryNoticeIssued.class, notice -> {
                System.out.println("HANDLING " + notice.customerId().value());
                System.out.flush();
                try {
                    Thread.sleep(Duration.ofMinutes(10));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            new DeliverOutbox(outbox, List.of(bus), new SingleConnection(connection), Clock.systemUTC(),
                    Duration.ofMillis(Long.parseLong(args[3]))).deliverNext();
            System.out.println("NOTHING DUE");
        }
    }

    private record SingleConnection(Connection connection) implements UnitOfWork {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            try {
                connection.setAutoCommit(false);
                try {
                    T result = work.get();
                    connection.commit();
                    return result;
                } catch (RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
