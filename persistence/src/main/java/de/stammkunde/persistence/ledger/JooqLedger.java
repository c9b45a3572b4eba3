package de.stammkunde.persistence.ledger;

import static de.stammkunde.persistence.jooq.Tables.POINTS_BALANCE;
import static de.stammkunde.persistence.jooq.Tables.POINTS_LEDGER_ENTRY;
import static de.stammkunde.persistence.jooq.Tables.PURCHASE;

import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.BalanceDifference;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.LedgerEntryType;
import de.stammkunde.domain.ledger.LedgerLine;
import de.stammkunde.domain.ledger.PostingResult;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.LedgerEntryId;
import de.stammkunde.domain.shared.Money;
import de.stammkunde.domain.shared.PurchaseId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.support.Amounts;
import de.stammkunde.persistence.support.Timestamps;
import java.util.List;
import java.util.UUID;
import de.stammkunde.domain.shared.CustomerRef;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Posting: lock the customer's balance row (all postings for one customer serialise here), look for an entry with
 * the same idempotency key, then move the balance with a guard that keeps it non-negative and append the entry —
 * all in the caller's transaction.
 */
final class JooqLedger implements Ledger {
    private final DSLContext dsl;

    JooqLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void openAccount(ShopId shopId, CustomerId customerId, Actor actor) {
        dsl.insertInto(POINTS_BALANCE)
                .set(POINTS_BALANCE.SHOP_ID, shopId.value())
                .set(POINTS_BALANCE.CUSTOMER_ID, customerId.value())
                .set(POINTS_BALANCE.CREATED_BY, actor.describe())
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public PostingResult post(LedgerEntry entry, Actor actor) {
        UUID shop = entry.shopId().value();
        UUID customer = entry.customerId().value();
        Balance before = lockOrOpen(entry.shopId(), entry.customerId(), actor);

        boolean duplicate = dsl.fetchExists(POINTS_LEDGER_ENTRY,
                POINTS_LEDGER_ENTRY.SHOP_ID.eq(shop), POINTS_LEDGER_ENTRY.IDEMPOTENCY_KEY.eq(entry.idempotencyKey()));
        if (duplicate) {
            return new PostingResult.AlreadyPosted(before);
        }
        if (!before.canApply(entry.availableDelta(), entry.pendingDelta(), entry.owedDelta())) {
            return new PostingResult.InsufficientBalance(before);
        }
        Record after = dsl.update(POINTS_BALANCE)
                .set(POINTS_BALANCE.AVAILABLE, POINTS_BALANCE.AVAILABLE.plus(entry.availableDelta()))
                .set(POINTS_BALANCE.PENDING, POINTS_BALANCE.PENDING.plus(entry.pendingDelta()))
                .set(POINTS_BALANCE.OWED, POINTS_BALANCE.OWED.plus(entry.owedDelta()))
                .set(POINTS_BALANCE.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(POINTS_BALANCE.SHOP_ID.eq(shop), POINTS_BALANCE.CUSTOMER_ID.eq(customer),
                        POINTS_BALANCE.AVAILABLE.plus(entry.availableDelta()).ge(0L),
                        POINTS_BALANCE.PENDING.plus(entry.pendingDelta()).ge(0L),
                        POINTS_BALANCE.OWED.plus(entry.owedDelta()).ge(0L))
                .returning(POINTS_BALANCE.AVAILABLE, POINTS_BALANCE.PENDING, POINTS_BALANCE.OWED)
                .fetchOptional()
                .orElseThrow(() -> new IllegalStateException("balance guard failed under row lock"));
        dsl.insertInto(POINTS_LEDGER_ENTRY)
                .set(POINTS_LEDGER_ENTRY.SHOP_ID, shop)
                .set(POINTS_LEDGER_ENTRY.ENTRY_ID, entry.id().value())
                .set(POINTS_LEDGER_ENTRY.CUSTOMER_ID, customer)
                .set(POINTS_LEDGER_ENTRY.ENTRY_TYPE, entry.type().name())
                .set(POINTS_LEDGER_ENTRY.AVAILABLE_DELTA, entry.availableDelta())
                .set(POINTS_LEDGER_ENTRY.PENDING_DELTA, entry.pendingDelta())
                .set(POINTS_LEDGER_ENTRY.OWED_DELTA, entry.owedDelta())
                .set(POINTS_LEDGER_ENTRY.BREAKDOWN, Breakdowns.toJson(entry.breakdown()))
                .set(POINTS_LEDGER_ENTRY.PURCHASE_ID, entry.purchaseId() == null ? null : entry.purchaseId().value())
                .set(POINTS_LEDGER_ENTRY.REASON, entry.reason())
                .set(POINTS_LEDGER_ENTRY.IDEMPOTENCY_KEY, entry.idempotencyKey())
                .set(POINTS_LEDGER_ENTRY.OCCURRED_AT, Timestamps.utc(entry.occurredAt()))
                .set(POINTS_LEDGER_ENTRY.CREATED_BY, actor.describe())
                .execute();
        return new PostingResult.Posted(entry, new Balance(after.get(POINTS_BALANCE.AVAILABLE),
                after.get(POINTS_BALANCE.PENDING), after.get(POINTS_BALANCE.OWED)));
    }

    @Override
    public Balance balance(ShopId shopId, CustomerId customerId) {
        return dsl.select(POINTS_BALANCE.AVAILABLE, POINTS_BALANCE.PENDING, POINTS_BALANCE.OWED).from(POINTS_BALANCE)
                .where(POINTS_BALANCE.SHOP_ID.eq(shopId.value()), POINTS_BALANCE.CUSTOMER_ID.eq(customerId.value()))
                .fetchOptional(r -> new Balance(r.value1(), r.value2(), r.value3()))
                .orElse(Balance.ZERO);
    }

    @Override
    public Balance lock(ShopId shopId, CustomerId customerId) {
        return lockIfOpen(shopId, customerId)
                .orElseThrow(() -> new IllegalStateException("no points account for customer " + customerId));
    }

    /** Postings open the account on first use, so no reaction to an enrolment has to run before another. */
    private Balance lockOrOpen(ShopId shopId, CustomerId customerId, Actor actor) {
        var locked = lockIfOpen(shopId, customerId);
        if (locked.isPresent()) {
            return locked.get();
        }
        openAccount(shopId, customerId, actor);
        return lock(shopId, customerId);
    }

    private java.util.Optional<Balance> lockIfOpen(ShopId shopId, CustomerId customerId) {
        return dsl.select(POINTS_BALANCE.AVAILABLE, POINTS_BALANCE.PENDING, POINTS_BALANCE.OWED).from(POINTS_BALANCE)
                .where(POINTS_BALANCE.SHOP_ID.eq(shopId.value()), POINTS_BALANCE.CUSTOMER_ID.eq(customerId.value()))
                .forUpdate()
                .fetchOptional(r -> new Balance(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public List<CustomerRef> withPointsAfter(@Nullable CustomerRef after, int limit) {
        var b = POINTS_BALANCE;
        Condition condition = after == null ? DSL.noCondition()
                : DSL.row(b.SHOP_ID, b.CUSTOMER_ID).gt(after.shopId().value(), after.customerId().value());
        return dsl.select(b.SHOP_ID, b.CUSTOMER_ID).from(b)
                .where(condition.and(b.AVAILABLE.gt(0L)))
                .orderBy(b.SHOP_ID, b.CUSTOMER_ID)
                .limit(limit)
                .fetch(r -> new CustomerRef(new ShopId(r.value1()), new CustomerId(r.value2())));
    }

    @Override
    public List<LedgerLine> history(ShopId shopId, CustomerId customerId, int limit) {
        var e = POINTS_LEDGER_ENTRY;
        return dsl.select(e.fields())
                .select(PURCHASE.AMOUNT, PURCHASE.CURRENCY, PURCHASE.REFERENCE, PURCHASE.POINTS_PENDING,
                        PURCHASE.RELEASE_AT)
                .from(e)
                .leftJoin(PURCHASE).on(PURCHASE.SHOP_ID.eq(e.SHOP_ID), PURCHASE.PURCHASE_ID.eq(e.PURCHASE_ID))
                .where(e.SHOP_ID.eq(shopId.value()), e.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(e.OCCURRED_AT.desc(), e.ENTRY_SEQ.desc())
                .limit(limit)
                .fetch(JooqLedger::toLine);
    }

    @Override
    public List<LedgerEntry> allEntries(ShopId shopId, CustomerId customerId) {
        var e = POINTS_LEDGER_ENTRY;
        return dsl.select(e.fields()).from(e)
                .where(e.SHOP_ID.eq(shopId.value()), e.CUSTOMER_ID.eq(customerId.value()))
                .orderBy(e.OCCURRED_AT, e.ENTRY_SEQ)
                .fetch(JooqLedger::toEntry);
    }

    @Override
    public List<BalanceDifference> differences(ShopId shopId) {
        var e = POINTS_LEDGER_ENTRY;
        var sums = dsl.select(e.CUSTOMER_ID,
                        DSL.sum(e.AVAILABLE_DELTA).cast(Long.class).as("available_sum"),
                        DSL.sum(e.PENDING_DELTA).cast(Long.class).as("pending_sum"),
                        DSL.sum(e.OWED_DELTA).cast(Long.class).as("owed_sum"))
                .from(e)
                .where(e.SHOP_ID.eq(shopId.value()))
                .groupBy(e.CUSTOMER_ID)
                .asTable("sums");
        var availableSum = DSL.coalesce(sums.field("available_sum", Long.class), 0L);
        var pendingSum = DSL.coalesce(sums.field("pending_sum", Long.class), 0L);
        var owedSum = DSL.coalesce(sums.field("owed_sum", Long.class), 0L);
        return dsl.select(POINTS_BALANCE.CUSTOMER_ID, POINTS_BALANCE.AVAILABLE, POINTS_BALANCE.PENDING,
                        POINTS_BALANCE.OWED, availableSum, pendingSum, owedSum)
                .from(POINTS_BALANCE)
                .leftJoin(sums).on(sums.field(e.CUSTOMER_ID).eq(POINTS_BALANCE.CUSTOMER_ID))
                .where(POINTS_BALANCE.SHOP_ID.eq(shopId.value()))
                .and(POINTS_BALANCE.AVAILABLE.ne(availableSum).or(POINTS_BALANCE.PENDING.ne(pendingSum))
                        .or(POINTS_BALANCE.OWED.ne(owedSum)))
                .fetch(r -> new BalanceDifference(new CustomerId(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7()));
    }

    @Override
    public long accounts(ShopId shopId) {
        return dsl.fetchCount(POINTS_BALANCE, POINTS_BALANCE.SHOP_ID.eq(shopId.value()));
    }

    private static LedgerLine toLine(Record r) {
        LedgerEntry entry = toEntry(r);
        Money amount = r.get(PURCHASE.AMOUNT) == null ? null
                : Amounts.money(r.get(PURCHASE.AMOUNT), r.get(PURCHASE.CURRENCY));
        Long pending = r.get(PURCHASE.POINTS_PENDING);
        return new LedgerLine(entry, amount, r.get(PURCHASE.REFERENCE), pending == null ? 0 : pending,
                pending == null || pending == 0 ? null : Timestamps.instantOrNull(r.get(PURCHASE.RELEASE_AT)));
    }

    private static LedgerEntry toEntry(Record r) {
        var e = POINTS_LEDGER_ENTRY;
        UUID purchaseId = r.get(e.PURCHASE_ID);
        return new LedgerEntry(new ShopId(r.get(e.SHOP_ID)), new LedgerEntryId(r.get(e.ENTRY_ID)),
                new CustomerId(r.get(e.CUSTOMER_ID)), LedgerEntryType.valueOf(r.get(e.ENTRY_TYPE)),
                r.get(e.AVAILABLE_DELTA), r.get(e.PENDING_DELTA), r.get(e.OWED_DELTA),
                purchaseId == null ? null : new PurchaseId(purchaseId),
                r.get(e.REASON), r.get(e.IDEMPOTENCY_KEY), r.get(e.OCCURRED_AT).toInstant(),
                Breakdowns.fromJson(r.get(e.BREAKDOWN)));
    }
}
