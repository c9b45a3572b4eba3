package de.stammkunde.domain.ledger;

import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.CustomerRef;
import de.stammkunde.domain.shared.ShopId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The ledger as use cases see it: every entry appended is recorded as a {@link PointsPosted} fact. */
public final class PublishingLedger implements Ledger {
    private final Ledger store;
    private final DomainEvents events;

    public PublishingLedger(Ledger store, DomainEvents events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public PostingResult post(LedgerEntry entry, Actor actor) {
        PostingResult result = store.post(entry, actor);
        if (result instanceof PostingResult.Posted(LedgerEntry posted, Balance balance)) {
            events.publish(PointsPosted.of(posted, balance));
        }
        return result;
    }

    @Override
    public void openAccount(ShopId shopId, CustomerId customerId, Actor actor) {
        store.openAccount(shopId, customerId, actor);
    }

    @Override
    public Balance balance(ShopId shopId, CustomerId customerId) {
        return store.balance(shopId, customerId);
    }

    @Override
    public Balance lock(ShopId shopId, CustomerId customerId) {
        return store.lock(shopId, customerId);
    }

    @Override
    public List<LedgerLine> history(ShopId shopId, CustomerId customerId, int limit) {
        return store.history(shopId, customerId, limit);
    }

    @Override
    public List<LedgerEntry> allEntries(ShopId shopId, CustomerId customerId) {
        return store.allEntries(shopId, customerId);
    }

    @Override
    public List<BalanceDifference> differences(ShopId shopId) {
        return store.differences(shopId);
    }

    @Override
    public long accounts(ShopId shopId) {
        return store.accounts(shopId);
    }

    @Override
    public List<CustomerRef> withPointsAfter(@Nullable CustomerRef after, int limit) {
        return store.withPointsAfter(after, limit);
    }
}
