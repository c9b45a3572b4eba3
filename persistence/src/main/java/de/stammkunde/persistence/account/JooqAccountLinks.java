package de.stammkunde.persistence.account;

import static de.stammkunde.persistence.jooq.Tables.ACCOUNT_LINK;

import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.AccountLink;
import de.stammkunde.domain.account.AccountLinks;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.persistence.jooq.tables.records.AccountLinkRecord;
import de.stammkunde.persistence.support.Timestamps;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

final class JooqAccountLinks implements AccountLinks {
    private final DSLContext dsl;

    JooqAccountLinks(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(AccountLink link, Actor actor) {
        dsl.insertInto(ACCOUNT_LINK)
                .set(ACCOUNT_LINK.SHOP_ID, link.shopId().value())
                .set(ACCOUNT_LINK.LINK_ID, link.id())
                .set(ACCOUNT_LINK.PURPOSE, link.purpose().name())
                .set(ACCOUNT_LINK.ACCOUNT_KIND, link.kind().name())
                .set(ACCOUNT_LINK.ACCOUNT_ID, link.accountId())
                .set(ACCOUNT_LINK.TOKEN_HASH, link.tokenHash())
                .set(ACCOUNT_LINK.EXPIRES_AT, Timestamps.utc(link.expiresAt()))
                .set(ACCOUNT_LINK.CREATED_BY, actor.describe())
                .execute();
    }

    @Override
    public Optional<AccountLink> byTokenHash(String tokenHash) {
        return dsl.selectFrom(ACCOUNT_LINK).where(ACCOUNT_LINK.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(JooqAccountLinks::toLink);
    }

    @Override
    public boolean markUsed(ShopId shopId, UUID id, Instant at) {
        return dsl.update(ACCOUNT_LINK).set(ACCOUNT_LINK.USED_AT, Timestamps.utc(at))
                .where(ACCOUNT_LINK.SHOP_ID.eq(shopId.value()), ACCOUNT_LINK.LINK_ID.eq(id),
                        ACCOUNT_LINK.USED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public void revokeOpen(ShopId shopId, AccountKind kind, UUID accountId, AccountLink.Purpose purpose, Instant at) {
        dsl.update(ACCOUNT_LINK).set(ACCOUNT_LINK.USED_AT, Timestamps.utc(at))
                .where(ACCOUNT_LINK.SHOP_ID.eq(shopId.value()), ACCOUNT_LINK.ACCOUNT_KIND.eq(kind.name()),
                        ACCOUNT_LINK.ACCOUNT_ID.eq(accountId), ACCOUNT_LINK.PURPOSE.eq(purpose.name()),
                        ACCOUNT_LINK.USED_AT.isNull())
                .execute();
    }

    private static AccountLink toLink(AccountLinkRecord r) {
        return new AccountLink(new ShopId(r.getShopId()), r.getLinkId(), AccountLink.Purpose.valueOf(r.getPurpose()),
                AccountKind.valueOf(r.getAccountKind()), r.getAccountId(), r.getTokenHash(),
                r.getExpiresAt().toInstant(), r.getUsedAt() == null ? null : r.getUsedAt().toInstant());
    }
}
