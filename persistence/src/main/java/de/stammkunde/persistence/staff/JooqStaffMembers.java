package de.stammkunde.persistence.staff;

import static de.stammkunde.persistence.jooq.Tables.STAFF_USER;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.domain.staff.StaffRole;
import de.stammkunde.persistence.jooq.tables.records.StaffUserRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

final class JooqStaffMembers implements StaffMembers {
    private final DSLContext dsl;

    JooqStaffMembers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean add(StaffMember member, Actor actor) {
        return dsl.insertInto(STAFF_USER)
                .set(STAFF_USER.SHOP_ID, member.shopId().value())
                .set(STAFF_USER.STAFF_ID, member.id().value())
                .set(STAFF_USER.EMAIL, member.email())
                .set(STAFF_USER.NAME, member.name())
                .set(STAFF_USER.ROLE, member.role().name())
                .set(STAFF_USER.PASSWORD_HASH, member.passwordHash())
                .set(STAFF_USER.ACTIVE, member.active())
                .set(STAFF_USER.CREATED_BY, actor.describe())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<StaffMember> byEmail(ShopId shopId, String normalisedEmail) {
        return dsl.selectFrom(STAFF_USER)
                .where(STAFF_USER.SHOP_ID.eq(shopId.value()), STAFF_USER.EMAIL.eq(normalisedEmail))
                .fetchOptional(JooqStaffMembers::toMember);
    }

    @Override
    public Optional<StaffMember> byId(ShopId shopId, StaffId id) {
        return dsl.selectFrom(STAFF_USER)
                .where(STAFF_USER.SHOP_ID.eq(shopId.value()), STAFF_USER.STAFF_ID.eq(id.value()))
                .fetchOptional(JooqStaffMembers::toMember);
    }

    @Override
    public List<StaffMember> all(ShopId shopId) {
        return dsl.selectFrom(STAFF_USER)
                .where(STAFF_USER.SHOP_ID.eq(shopId.value()))
                .orderBy(STAFF_USER.ROLE.desc(), STAFF_USER.NAME)
                .fetch(JooqStaffMembers::toMember);
    }

    @Override
    public boolean setActive(ShopId shopId, StaffId id, boolean active, Actor actor) {
        return dsl.update(STAFF_USER)
                .set(STAFF_USER.ACTIVE, active)
                .where(STAFF_USER.SHOP_ID.eq(shopId.value()), STAFF_USER.STAFF_ID.eq(id.value()))
                .execute() == 1;
    }

    @Override
    public boolean remove(ShopId shopId, StaffId id) {
        return dsl.deleteFrom(STAFF_USER)
                .where(STAFF_USER.SHOP_ID.eq(shopId.value()), STAFF_USER.STAFF_ID.eq(id.value()))
                .execute() == 1;
    }

    @Override
    public boolean replacePasswordHash(ShopId shopId, StaffId id, String expected, String replacement) {
        return dsl.update(STAFF_USER).set(STAFF_USER.PASSWORD_HASH, replacement)
                .where(STAFF_USER.SHOP_ID.eq(shopId.value()), STAFF_USER.STAFF_ID.eq(id.value()),
                        STAFF_USER.PASSWORD_HASH.eq(expected))
                .execute() == 1;
    }

    private static StaffMember toMember(StaffUserRecord r) {
        return new StaffMember(new ShopId(r.getShopId()), new StaffId(r.getStaffId()), r.getName(), r.getEmail(),
                StaffRole.valueOf(r.getRole()), r.getPasswordHash(), r.getActive());
    }
}
