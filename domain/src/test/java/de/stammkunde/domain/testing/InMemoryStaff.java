package de.stammkunde.domain.testing;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class InMemoryStaff implements StaffMembers {
    private final List<StaffMember> members = new ArrayList<>();

    @Override
    public synchronized boolean add(StaffMember member, Actor actor) {
        if (byEmail(member.shopId(), member.email()).isPresent()) {
            return false;
        }
        return members.add(member);
    }

    @Override
    public synchronized Optional<StaffMember> byEmail(ShopId shopId, String normalisedEmail) {
        return members.stream().filter(m -> m.shopId().equals(shopId) && m.email().equals(normalisedEmail))
                .findFirst();
    }

    @Override
    public synchronized Optional<StaffMember> byId(ShopId shopId, StaffId id) {
        return members.stream().filter(m -> m.shopId().equals(shopId) && m.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<StaffMember> all(ShopId shopId) {
        return members.stream().filter(m -> m.shopId().equals(shopId)).toList();
    }

    @Override
    public synchronized boolean setActive(ShopId shopId, StaffId id, boolean active, Actor actor) {
        for (int i = 0; i < members.size(); i++) {
            StaffMember m = members.get(i);
            if (m.shopId().equals(shopId) && m.id().equals(id)) {
                members.set(i, new StaffMember(m.shopId(), m.id(), m.name(), m.email(), m.role(), m.passwordHash(),
                        active));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized boolean replacePasswordHash(ShopId shopId, StaffId id, String expected, String replacement) {
        for (int i = 0; i < members.size(); i++) {
            StaffMember m = members.get(i);
            if (m.shopId().equals(shopId) && m.id().equals(id) && m.passwordHash().equals(expected)) {
                members.set(i, new StaffMember(m.shopId(), m.id(), m.name(), m.email(), m.role(), replacement,
                        m.active()));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized boolean remove(ShopId shopId, StaffId id) {
        return members.removeIf(m -> m.shopId().equals(shopId) && m.id().equals(id));
    }

    public synchronized void setPasswordHash(ShopId shopId, StaffId id, String hash) {
        for (int i = 0; i < members.size(); i++) {
            StaffMember m = members.get(i);
            if (m.shopId().equals(shopId) && m.id().equals(id)) {
                members.set(i, new StaffMember(m.shopId(), m.id(), m.name(), m.email(), m.role(), hash, m.active()));
            }
        }
    }
}
