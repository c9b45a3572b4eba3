package de.stammkunde.persistence.staff;

import static de.stammkunde.persistence.jooq.Tables.STAFF_INVITATION;
import static de.stammkunde.persistence.support.Timestamps.instantOrNull;
import static de.stammkunde.persistence.support.Timestamps.utc;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.staff.Invitation;
import de.stammkunde.domain.staff.Invitations;
import de.stammkunde.domain.staff.StaffRole;
import de.stammkunde.persistence.jooq.tables.records.StaffInvitationRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

final class JooqInvitations implements Invitations {
    private final DSLContext dsl;

    JooqInvitations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Invitation invitation, Actor actor) {
        dsl.insertInto(STAFF_INVITATION)
                .set(STAFF_INVITATION.SHOP_ID, invitation.shopId().value())
                .set(STAFF_INVITATION.INVITATION_ID, invitation.id())
                .set(STAFF_INVITATION.EMAIL, invitation.email())
                .set(STAFF_INVITATION.ROLE, invitation.role().name())
                .set(STAFF_INVITATION.TOKEN_HASH, invitation.tokenHash())
                .set(STAFF_INVITATION.EXPIRES_AT, utc(invitation.expiresAt()))
                .set(STAFF_INVITATION.CREATED_BY, actor.describe())
                .execute();
    }

    @Override
    public Optional<Invitation> byTokenHash(String tokenHash) {
        return dsl.selectFrom(STAFF_INVITATION).where(STAFF_INVITATION.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(JooqInvitations::toInvitation);
    }

    @Override
    public boolean markAccepted(ShopId shopId, UUID id, Instant at) {
        return dsl.update(STAFF_INVITATION)
                .set(STAFF_INVITATION.ACCEPTED_AT, utc(at))
                .where(STAFF_INVITATION.SHOP_ID.eq(shopId.value()), STAFF_INVITATION.INVITATION_ID.eq(id),
                        STAFF_INVITATION.ACCEPTED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public boolean revoke(ShopId shopId, UUID id) {
        return dsl.deleteFrom(STAFF_INVITATION)
                .where(STAFF_INVITATION.SHOP_ID.eq(shopId.value()), STAFF_INVITATION.INVITATION_ID.eq(id),
                        STAFF_INVITATION.ACCEPTED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public List<Invitation> open(ShopId shopId, Instant now) {
        return dsl.selectFrom(STAFF_INVITATION)
                .where(STAFF_INVITATION.SHOP_ID.eq(shopId.value()), STAFF_INVITATION.ACCEPTED_AT.isNull(),
                        STAFF_INVITATION.EXPIRES_AT.gt(utc(now)))
                .orderBy(STAFF_INVITATION.CREATED_AT.desc())
                .fetch(JooqInvitations::toInvitation);
    }

    private static Invitation toInvitation(StaffInvitationRecord r) {
        return new Invitation(new ShopId(r.getShopId()), r.getInvitationId(), r.getEmail(),
                StaffRole.valueOf(r.getRole()), r.getTokenHash(), r.getExpiresAt().toInstant(),
                instantOrNull(r.getAcceptedAt()));
    }
}
