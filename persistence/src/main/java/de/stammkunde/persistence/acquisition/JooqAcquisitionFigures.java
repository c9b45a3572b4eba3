package de.stammkunde.persistence.acquisition;

import de.stammkunde.domain.acquisition.AcquisitionFigures;
import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.shared.ShopId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

final class JooqAcquisitionFigures implements AcquisitionFigures {
    private static final String SQL = """
            SELECT ch.code,
                   COALESCE((SELECT sum(s.amount) FROM marketing_spend s
                             WHERE s.shop_id = ch.shop_id AND s.channel = ch.code AND s.month BETWEEN ? AND ?), 0),
                   count(c.customer_id),
                   count(sc.customer_id),
                   COALESCE(sum(sc.clv), 0),
                   COALESCE(sum(r.revenue), 0),
                   COALESCE(sum(GREATEST(1, extract(year FROM age(?::date, c.acquired_on)) * 12
                                        + extract(month FROM age(?::date, c.acquired_on)))), 0)::bigint
            FROM acquisition_channel ch
            LEFT JOIN customer c ON c.shop_id = ch.shop_id AND c.acquisition_channel = ch.code
                                 AND c.acquired_on BETWEEN ? AND ?
            LEFT JOIN clv_score sc ON sc.shop_id = c.shop_id AND sc.customer_id = c.customer_id
            LEFT JOIN LATERAL (SELECT sum(p.amount - p.amount_returned) AS revenue FROM purchase p
                               WHERE p.shop_id = c.shop_id AND p.customer_id = c.customer_id) r ON true
            WHERE ch.shop_id = ?
            GROUP BY ch.shop_id, ch.code
            """;

    private final DSLContext dsl;

    JooqAcquisitionFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ChannelFigures> byChannel(ShopId shopId, LocalDate from, LocalDate to, LocalDate asOf) {
        return dsl.resultQuery(SQL, from, to, asOf, asOf, from, to, shopId.value())
                .fetch(r -> new ChannelFigures(new AcquisitionChannel(r.get(0, String.class)),
                        r.get(1, BigDecimal.class), r.get(2, Long.class), r.get(3, Long.class),
                        r.get(4, BigDecimal.class), r.get(5, BigDecimal.class), r.get(6, Long.class)));
    }
}
