package de.stammkunde.api.security;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The principal kept in the (Redis) session: which user of which shop, in which role. */
public record StammkundeUser(UUID id, UUID shopId, Role role, String email, String name) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    public ShopId shop() {
        return new ShopId(shopId);
    }

    public Actor actor() {
        return switch (role) {
            case CUSTOMER -> Actor.customer(new CustomerId(id));
            case TILL -> Actor.apiKey(id);
            case OWNER, AGENT -> Actor.staff(new StaffId(id));
        };
    }

    /** Names the person across all their sessions: {@code staff:<id>} or {@code customer:<id>}. */
    public String sessionKey() {
        return sessionKey(role, id);
    }

    public static String sessionKey(Role role, UUID id) {
        return (role == Role.CUSTOMER ? "customer:" : role == Role.TILL ? "till:" : "staff:") + id;
    }

    public StammkundeUser withRole(Role newRole) {
        return new StammkundeUser(id, shopId, newRole, email, name);
    }

    public CustomerId customerId() {
        if (role != Role.CUSTOMER) {
            throw new IllegalStateException("not a customer");
        }
        return new CustomerId(id);
    }
}
