package de.stammkunde.domain.testing;

import de.stammkunde.domain.customer.PortalActivation;
import de.stammkunde.domain.customer.PortalActivations;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryPortalActivations implements PortalActivations {
    public final List<PortalActivation> activations = new ArrayList<>();

    @Override
    public synchronized void add(PortalActivation activation, Actor actor) {
        activations.add(activation);
    }

    @Override
    public synchronized Optional<PortalActivation> byTokenHash(String tokenHash) {
        return activations.stream().filter(a -> a.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized boolean markUsed(ShopId shopId, UUID id, Instant at) {
        for (int i = 0; i < activations.size(); i++) {
            PortalActivation a = activations.get(i);
            if (a.id().equals(id) && a.shopId().equals(shopId) && a.usedAt() == null) {
                activations.set(i, new PortalActivation(a.shopId(), a.id(), a.customerId(), a.tokenHash(),
                        a.expiresAt(), at));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void revokeOpen(ShopId shopId, de.stammkunde.domain.shared.CustomerId customerId,
                                        Instant at) {
        for (int i = 0; i < activations.size(); i++) {
            PortalActivation a = activations.get(i);
            if (a.shopId().equals(shopId) && a.customerId().equals(customerId) && a.usedAt() == null) {
                activations.set(i, new PortalActivation(a.shopId(), a.id(), a.customerId(), a.tokenHash(),
                        a.expiresAt(), at));
            }
        }
    }
}
