package de.stammkunde.persistence.acquisition;

import static de.stammkunde.persistence.jooq.Tables.ACQUISITION_CHANNEL;
import static de.stammkunde.persistence.jooq.Tables.CUSTOMER;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.AcquisitionChannels;
import de.stammkunde.domain.shared.ShopId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

final class JooqAcquisitionChannels implements AcquisitionChannels {
    private final DSLContext dsl;

    JooqAcquisitionChannels(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Channel> all(ShopId shopId) {
        return query(shopId, DSL.noCondition()).stream()
                .sorted(Comparator.comparing((Channel c) -> !c.builtIn())
                        .thenComparing(c -> c.builtIn() ? AcquisitionChannel.BUILT_IN.indexOf(c.channel()) : 0)
                        .thenComparing(c -> c.name() == null ? "" : c.name().toLowerCase()))
                .toList();
    }

    @Override
    public Optional<Channel> byCode(ShopId shopId, AcquisitionChannel channel) {
        return query(shopId, ACQUISITION_CHANNEL.CODE.eq(channel.code())).stream().findFirst();
    }

    private List<Channel> query(ShopId shopId, org.jooq.Condition condition) {
        var customers = DSL.selectCount().from(CUSTOMER).where(CUSTOMER.SHOP_ID.eq(ACQUISITION_CHANNEL.SHOP_ID),
                CUSTOMER.ACQUISITION_CHANNEL.eq(ACQUISITION_CHANNEL.CODE)).<Integer>asField("customers");
        return dsl.select(ACQUISITION_CHANNEL.CODE, ACQUISITION_CHANNEL.NAME, ACQUISITION_CHANNEL.BUILT_IN, customers)
                .from(ACQUISITION_CHANNEL)
                .where(ACQUISITION_CHANNEL.SHOP_ID.eq(shopId.value()), condition)
                .fetch(r -> toChannel(r, customers));
    }

    private static Channel toChannel(Record r, org.jooq.Field<Integer> customers) {
        Integer count = r.get(customers);
        return new Channel(new AcquisitionChannel(r.get(ACQUISITION_CHANNEL.CODE)), r.get(ACQUISITION_CHANNEL.NAME),
                r.get(ACQUISITION_CHANNEL.BUILT_IN), count == null ? 0 : count);
    }

    @Override
    public boolean add(ShopId shopId, AcquisitionChannel channel, String name) {
        return dsl.insertInto(ACQUISITION_CHANNEL)
                .set(ACQUISITION_CHANNEL.SHOP_ID, shopId.value())
                .set(ACQUISITION_CHANNEL.CODE, channel.code())
                .set(ACQUISITION_CHANNEL.NAME, name)
                .set(ACQUISITION_CHANNEL.BUILT_IN, false)
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public boolean rename(ShopId shopId, AcquisitionChannel channel, @Nullable String name) {
        return dsl.update(ACQUISITION_CHANNEL).set(ACQUISITION_CHANNEL.NAME, name)
                .where(ACQUISITION_CHANNEL.SHOP_ID.eq(shopId.value()), ACQUISITION_CHANNEL.CODE.eq(channel.code()))
                .execute() == 1;
    }
}
