package de.stammkunde.domain.testing;

import de.stammkunde.domain.outbox.Lease;
import de.stammkunde.domain.outbox.Outbox;
import de.stammkunde.domain.outbox.OutboxMessage;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The outbox table as a map, with its semantics: dedupe per shop and topic, leases with tokens, due times. */
public final class InMemoryOutbox implements Outbox {
    public record Row(OutboxMessage message, String status, int attempts, Instant next, @Nullable UUID token,
                      @Nullable String error, Instant created, @Nullable Instant doneAt) {
        Row with(String status, int attempts, Instant next, @Nullable UUID token, @Nullable String error,
                 @Nullable Instant doneAt) {
            return new Row(message, status, attempts, next, token, error, created, doneAt);
        }
    }

    public final Map<UUID, Row> rows = new LinkedHashMap<>();

    public Row row(UUID id) {
        return rows.get(id);
    }

    public List<Row> ofTopic(String topic) {
        return rows.values().stream().filter(r -> r.message().topic().equals(topic)).toList();
    }

    @Override
    public synchronized boolean add(OutboxMessage message, Instant now, Actor actor) {
        return insert(message, "PENDING", now);
    }

    @Override
    public synchronized boolean addHeld(OutboxMessage message, Instant now, Actor actor) {
        return insert(message, "HELD", now);
    }

    @Override
    public synchronized int release(ShopId shopId, String topic, Instant now) {
        List<Row> held = rows.values().stream().filter(r -> r.status().equals("HELD")
                && r.message().shopId().equals(shopId) && r.message().topic().equals(topic)).toList();
        held.forEach(r -> rows.put(r.message().id(), r.with("PENDING", 0, now, null, null, null)));
        return held.size();
    }

    private boolean insert(OutboxMessage message, String status, Instant now) {
        boolean duplicate = rows.values().stream().anyMatch(r -> r.message().shopId().equals(message.shopId())
                && r.message().topic().equals(message.topic()) && r.message().dedupeKey().equals(message.dedupeKey()));
        if (!duplicate) {
            rows.put(message.id(), new Row(message, status, 0, now, null, null, now, null));
        }
        return !duplicate;
    }

    @Override
    public synchronized Optional<Lease> claimNext(Instant now, Duration leaseFor) {
        Optional<Row> due = rows.values().stream()
                .filter(r -> (r.status().equals("PENDING") || r.status().equals("SENDING")) && !r.next().isAfter(now))
                .min(Comparator.comparing(Row::next));
        return due.map(r -> {
            UUID token = UUID.randomUUID();
            Instant until = now.plus(leaseFor);
            rows.put(r.message().id(), r.with("SENDING", r.attempts() + 1, until, token, r.error(), null));
            return new Lease(r.message(), r.attempts() + 1, token, until);
        });
    }

    private boolean settle(Lease lease, String status, Instant next, @Nullable String error, @Nullable Instant doneAt) {
        Row r = rows.get(lease.message().id());
        if (r == null || !r.status().equals("SENDING") || !lease.token().equals(r.token())) {
            return false;
        }
        rows.put(r.message().id(), r.with(status, r.attempts(), next, null, error, doneAt));
        return true;
    }

    @Override
    public synchronized boolean done(Lease lease, Instant at) {
        Row r = rows.get(lease.message().id());
        return settle(lease, "DONE", r == null ? at : r.next(), r == null ? null : r.error(), at);
    }

    @Override
    public synchronized boolean retryAt(Lease lease, Instant at, String error) {
        return settle(lease, "PENDING", at, error, null);
    }

    @Override
    public synchronized boolean giveUp(Lease lease, String error) {
        Row r = rows.get(lease.message().id());
        return settle(lease, "FAILED", r == null ? Instant.EPOCH : r.next(), error, null);
    }

    @Override
    public synchronized Counts counts(ShopId shopId, String topic) {
        List<Row> mine = rows.values().stream().filter(r -> r.message().shopId().equals(shopId)
                && r.message().topic().equals(topic)).toList();
        return new Counts(mine.stream().filter(r -> r.status().equals("PENDING") || r.status().equals("SENDING"))
                .count(), mine.stream().filter(r -> r.status().equals("DONE")).count(),
                mine.stream().filter(r -> r.status().equals("FAILED")).count(),
                mine.stream().filter(r -> r.status().equals("HELD")).count());
    }

    @Override
    public synchronized List<Trouble> troubles(ShopId shopId, String topic, int limit) {
        return rows.values().stream()
                .filter(r -> r.message().shopId().equals(shopId) && r.message().topic().equals(topic)
                        && !r.status().equals("DONE") && r.error() != null)
                .sorted(Comparator.comparing(Row::created).reversed())
                .limit(limit)
                .map(r -> new Trouble(r.message(), r.status().equals("FAILED"), r.attempts(), r.error(), r.created(),
                        r.status().equals("FAILED") ? null : r.next()))
                .toList();
    }

    @Override
    public synchronized int retryGivenUp(ShopId shopId, String topic, Instant now) {
        List<Row> failed = rows.values().stream().filter(r -> r.status().equals("FAILED")
                && r.message().shopId().equals(shopId) && r.message().topic().equals(topic)).toList();
        failed.forEach(r -> rows.put(r.message().id(), r.with("PENDING", 0, now, null, r.error(), null)));
        return failed.size();
    }

    @Override
    public synchronized int deleteDoneBefore(Instant before, int limit) {
        List<UUID> old = rows.values().stream().filter(r -> r.status().equals("DONE") && r.doneAt() != null
                && r.doneAt().isBefore(before)).limit(limit).map(r -> r.message().id()).toList();
        old.forEach(rows::remove);
        return old.size();
    }
}
