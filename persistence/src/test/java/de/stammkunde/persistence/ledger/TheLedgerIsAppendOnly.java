package de.stammkunde.persistence.ledger;

import static de.stammkunde.persistence.jooq.Tables.AUDIT_LOG;
import static de.stammkunde.persistence.jooq.Tables.POINTS_BALANCE;
import static de.stammkunde.persistence.jooq.Tables.POINTS_LEDGER_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.audit.AuditEvent;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.LedgerEntryType;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.LedgerEntryId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.persistence.PersistenceTestSupport;
import de.stammkunde.persistence.audit.AuditPersistence;
import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class TheLedgerIsAppendOnly {
    private final DSLContext dsl = PersistenceTestSupport.dsl();

    @Test
    void updatingOrDeletingAnEntryIsRefusedByTheDatabase() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Customer customer = PersistenceTestSupport.newCustomer(dsl, shop);
        LedgerPersistence.ledger(dsl).post(new LedgerEntry(shop.id(), LedgerEntryId.newId(), customer.id(),
                LedgerEntryType.ADJUSTMENT, 5, 0, 0, null, "test", "k1", Instant.now(), java.util.List.of()), Actor.SYSTEM);

        assertThatThrownBy(() -> dsl.update(POINTS_LEDGER_ENTRY).set(POINTS_LEDGER_ENTRY.AVAILABLE_DELTA, 500L)
                .where(POINTS_LEDGER_ENTRY.SHOP_ID.eq(shop.id().value())).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(POINTS_LEDGER_ENTRY)
                .where(POINTS_LEDGER_ENTRY.SHOP_ID.eq(shop.id().value())).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        AuditPersistence.auditLog(dsl).record(new AuditEvent(shop.id(), Actor.SYSTEM, "test.event", "shop",
                shop.id().toString(), Map.of("why", "to be protected"), Instant.now()));
        assertThatThrownBy(() -> dsl.truncate(POINTS_LEDGER_ENTRY).cascade().execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(AuditPersistence.auditLog(dsl).latest(shop.id(), 5)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("why", "to be protected"));
        assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_LOG).where(AUDIT_LOG.SHOP_ID.eq(shop.id().value())).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(LedgerPersistence.ledger(dsl).balance(shop.id(), customer.id()).available()).isEqualTo(5);
    }

    @Test
    void aBalanceCannotBeMadeNegativeEvenByHand() {
        Shop shop = PersistenceTestSupport.newShop(dsl);
        Customer customer = PersistenceTestSupport.newCustomer(dsl, shop);

        assertThatThrownBy(() -> dsl.update(POINTS_BALANCE).set(POINTS_BALANCE.AVAILABLE, -1L)
                .where(POINTS_BALANCE.SHOP_ID.eq(shop.id().value()),
                        POINTS_BALANCE.CUSTOMER_ID.eq(customer.id().value())).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("points_balance_non_negative_ck");
    }
}
