package de.stammkunde.api.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.shop.ShopDto;
import org.jspecify.annotations.Nullable;

/** What the browser learns about its session. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionDto(boolean authenticated, @Nullable SessionUser user) {
    /**
     * {@code shopVerified}: the shop's owner confirmed the address it signed up with; until then the shop mails
     * nobody else and issues no API keys (the admin shows a banner).
     */
    public record SessionUser(String id, String name, String email, Role role, ShopDto shop, boolean shopVerified) {
    }

    public static final SessionDto ANONYMOUS = new SessionDto(false, null);

    public static SessionDto of(StammkundeUser user, ShopDto shop, boolean shopVerified) {
        return new SessionDto(true, new SessionUser(user.id().toString(), user.name(), user.email(), user.role(), shop,
                shopVerified));
    }
}
