package de.stammkunde.persistence.acquisition;

import static de.stammkunde.persistence.jooq.Tables.MARKETING_SPEND;

import de.stammkunde.domain.acquisition.MarketingSpends;
import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.jooq.DSLContext;

final class JooqMarketingSpends implements MarketingSpends {
    private final DSLContext dsl;

    JooqMarketingSpends(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void set(ShopId shopId, Spend spend, Actor actor) {
        var month = spend.month().atDay(1);
        if (spend.amount().signum() == 0) {
            dsl.deleteFrom(MARKETING_SPEND).where(MARKETING_SPEND.SHOP_ID.eq(shopId.value()),
                    MARKETING_SPEND.CHANNEL.eq(spend.channel().code()), MARKETING_SPEND.MONTH.eq(month)).execute();
            return;
        }
        dsl.insertInto(MARKETING_SPEND)
                .set(MARKETING_SPEND.SHOP_ID, shopId.value())
                .set(MARKETING_SPEND.CHANNEL, spend.channel().code())
                .set(MARKETING_SPEND.MONTH, month)
                .set(MARKETING_SPEND.AMOUNT, spend.amount())
                .set(MARKETING_SPEND.UPDATED_BY, actor.describe())
                .onConflict(MARKETING_SPEND.SHOP_ID, MARKETING_SPEND.CHANNEL, MARKETING_SPEND.MONTH)
                .doUpdate()
                .set(MARKETING_SPEND.AMOUNT, spend.amount())
                .set(MARKETING_SPEND.UPDATED_BY, actor.describe())
                .set(MARKETING_SPEND.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    @Override
    public List<Spend> between(ShopId shopId, YearMonth from, YearMonth to) {
        return dsl.select(MARKETING_SPEND.CHANNEL, MARKETING_SPEND.MONTH, MARKETING_SPEND.AMOUNT)
                .from(MARKETING_SPEND)
                .where(MARKETING_SPEND.SHOP_ID.eq(shopId.value()),
                        MARKETING_SPEND.MONTH.between(from.atDay(1), to.atDay(1)))
                .orderBy(MARKETING_SPEND.MONTH, MARKETING_SPEND.CHANNEL)
                .fetch(r -> new Spend(new AcquisitionChannel(r.value1()), YearMonth.from(r.value2()), r.value3()));
    }
}
