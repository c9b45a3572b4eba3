package de.stammkunde.domain.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.LedgerEntryType;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.testing.InMemoryApplication;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RedeemingMoreThanTheBalanceIsRejected {
    private final InMemoryApplication app = new InMemoryApplication();
    private final Shop shop = app.shop();
    private final Customer erika = app.customer(shop, "Erika", null);
    private final Reward cake = new Reward(shop.id(), UUID.randomUUID(), "Stück Kuchen", null, 30,
            RewardKind.FREE_ITEM, null, null, "Kuchen", 14, true);

    RedeemingMoreThanTheBalanceIsRejected() {
        app.rewards.save(cake, Actor.SYSTEM);
        app.adjustPoints().adjust(shop.id(), erika.id(), 40, "Startguthaben", Actor.SYSTEM);
    }

    @Test
    void aRedemptionDebitsThePointsAndIssuesAVoucherValidForTheRewardsDays() {
        RedeemReward.Redeemed redeemed = app.redeemReward().redeem(shop.id(), erika.id(), cake.id(), Actor.SYSTEM);

        assertThat(redeemed.balance()).isEqualTo(new Balance(10, 0));
        Voucher voucher = redeemed.voucher();
        assertThat(voucher.validUntil()).isEqualTo(InMemoryApplication.T0.plus(Duration.ofDays(14)));
        assertThat(voucher.item()).isEqualTo("Kuchen");
        assertThat(voucher.code()).matches("[0-9A-Z-]{6,}");
        assertThat(app.ledgerStore.entriesOf(erika.id()).getLast()).satisfies(e -> {
            assertThat(e.type()).isEqualTo(LedgerEntryType.REDEMPTION);
            assertThat(e.id()).isEqualTo(voucher.ledgerEntryId());
        });
        assertThat(app.published(VoucherIssued.class)).singleElement()
                .satisfies(e -> assertThat(e.voucherId()).isEqualTo(voucher.id()));
    }

    @Test
    void redeemingMoreThanTheBalanceIsRejectedAndIssuesNothing() {
        app.redeemReward().redeem(shop.id(), erika.id(), cake.id(), Actor.SYSTEM);

        assertThatThrownBy(() -> app.redeemReward().redeem(shop.id(), erika.id(), cake.id(), Actor.SYSTEM))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("insufficient-points");
                    assertThat(e.rejection().args()).containsExactly(30L, 10L);
                });

        assertThat(app.vouchers.vouchers).hasSize(1);
        assertThat(app.published(VoucherIssued.class)).hasSize(1);
        assertThat(app.ledger.balance(shop.id(), erika.id())).isEqualTo(new Balance(10, 0));
    }

    @Test
    void aRetiredRewardCannotBeRedeemedAndAVoucherIsTakenOnceWhileValid() {
        Voucher voucher = app.redeemReward().redeem(shop.id(), erika.id(), cake.id(), Actor.SYSTEM).voucher();
        app.rewards.save(new Reward(shop.id(), cake.id(), cake.name(), null, 30, RewardKind.FREE_ITEM, null, null,
                "Kuchen", 14, false), Actor.SYSTEM);

        assertThatThrownBy(() -> app.redeemReward().redeem(shop.id(), erika.id(), cake.id(), Actor.SYSTEM))
                .isInstanceOf(NotFoundException.class);
        assertThat(app.useVoucher().use(shop.id(), voucher.code().toLowerCase(), Actor.SYSTEM).redeemedAt())
                .isEqualTo(InMemoryApplication.T0);
        assertThatThrownBy(() -> app.useVoucher().use(shop.id(), voucher.code(), Actor.SYSTEM))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().code()).isEqualTo("voucher-already-redeemed"));
        assertThat(app.published(VoucherRedeemed.class)).singleElement()
                .satisfies(e -> assertThat(e.voucherId()).isEqualTo(voucher.id()));
    }

    @Test
    void anExpiredVoucherIsRefused() {
        Voucher voucher = app.redeemReward().redeem(shop.id(), erika.id(), cake.id(), Actor.SYSTEM).voucher();
        app.advance(Duration.ofDays(15));

        assertThatThrownBy(() -> app.useVoucher().use(shop.id(), voucher.code(), Actor.SYSTEM))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().code()).isEqualTo("voucher-expired"));
        assertThat(app.published(VoucherRedeemed.class)).isEmpty();
    }
}
