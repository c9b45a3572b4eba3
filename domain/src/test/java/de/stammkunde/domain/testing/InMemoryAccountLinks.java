package de.stammkunde.domain.testing;

import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.AccountLink;
import de.stammkunde.domain.account.AccountLinks;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryAccountLinks implements AccountLinks {
    public final List<AccountLink> links = new ArrayList<>();

    @Override
    public synchronized void add(AccountLink link, Actor actor) {
        links.add(link);
    }

    @Override
    public synchronized Optional<AccountLink> byTokenHash(String tokenHash) {
        return links.stream().filter(l -> l.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized boolean markUsed(ShopId shopId, UUID id, Instant at) {
        for (int i = 0; i < links.size(); i++) {
            AccountLink l = links.get(i);
            if (l.shopId().equals(shopId) && l.id().equals(id) && l.usedAt() == null) {
                links.set(i, used(l, at));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void revokeOpen(ShopId shopId, AccountKind kind, UUID accountId, AccountLink.Purpose purpose,
                                        Instant at) {
        links.replaceAll(l -> l.shopId().equals(shopId) && l.kind() == kind && l.accountId().equals(accountId)
                && l.purpose() == purpose && l.usedAt() == null ? used(l, at) : l);
    }

    private static AccountLink used(AccountLink l, Instant at) {
        return new AccountLink(l.shopId(), l.id(), l.purpose(), l.kind(), l.accountId(), l.tokenHash(),
                l.expiresAt(), at);
    }
}
