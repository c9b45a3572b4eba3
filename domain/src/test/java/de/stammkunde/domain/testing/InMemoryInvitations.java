package de.stammkunde.domain.testing;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.staff.Invitation;
import de.stammkunde.domain.staff.Invitations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryInvitations implements Invitations {
    public final List<Invitation> invitations = new ArrayList<>();

    @Override
    public synchronized void add(Invitation invitation, Actor actor) {
        invitations.add(invitation);
    }

    @Override
    public synchronized Optional<Invitation> byTokenHash(String tokenHash) {
        return invitations.stream().filter(i -> i.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized boolean markAccepted(ShopId shopId, UUID id, Instant at) {
        for (int i = 0; i < invitations.size(); i++) {
            Invitation inv = invitations.get(i);
            if (inv.shopId().equals(shopId) && inv.id().equals(id) && inv.acceptedAt() == null) {
                invitations.set(i, new Invitation(inv.shopId(), inv.id(), inv.email(), inv.role(), inv.tokenHash(),
                        inv.expiresAt(), at));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized List<Invitation> open(ShopId shopId, Instant now) {
        return invitations.stream().filter(i -> i.shopId().equals(shopId) && i.isOpenAt(now)).toList();
    }

    @Override
    public synchronized boolean revoke(ShopId shopId, UUID id) {
        return invitations.removeIf(i -> i.shopId().equals(shopId) && i.id().equals(id) && i.acceptedAt() == null);
    }
}
