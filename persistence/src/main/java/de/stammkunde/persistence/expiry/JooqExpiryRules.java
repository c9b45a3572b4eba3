package de.stammkunde.persistence.expiry;

import static de.stammkunde.persistence.jooq.Tables.LOYALTY_PROGRAMME;

import de.stammkunde.domain.expiry.ExpiryRule;
import de.stammkunde.domain.expiry.ExpiryRules;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The expiry rule lives in the shop's programme row, next to the other programme settings. */
final class JooqExpiryRules implements ExpiryRules {
    private final DSLContext dsl;

    JooqExpiryRules(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ExpiryRule of(ShopId shopId) {
        return dsl.select(LOYALTY_PROGRAMME.EXPIRY_MODE, LOYALTY_PROGRAMME.EXPIRY_MONTHS).from(LOYALTY_PROGRAMME)
                .where(LOYALTY_PROGRAMME.SHOP_ID.eq(shopId.value()))
                .fetchOptional(r -> new ExpiryRule(ExpiryRule.Mode.valueOf(r.value1()), r.value2()))
                .orElse(ExpiryRule.NEVER);
    }

    @Override
    public void save(ShopId shopId, ExpiryRule rule, Actor actor) {
        dsl.update(LOYALTY_PROGRAMME)
                .set(LOYALTY_PROGRAMME.EXPIRY_MODE, rule.mode().name())
                .set(LOYALTY_PROGRAMME.EXPIRY_MONTHS, rule.months())
                .set(LOYALTY_PROGRAMME.UPDATED_BY, actor.describe())
                .set(LOYALTY_PROGRAMME.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(LOYALTY_PROGRAMME.SHOP_ID.eq(shopId.value()))
                .execute();
    }
}
