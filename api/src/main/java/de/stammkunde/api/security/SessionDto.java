package de.stammkunde.api.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.shop.ShopDto;
import org.jspecify.annotations.Nullable;

/**
 * What the browser learns about its session. {@code stage}: {@code second-factor} while a login waits for the code
 * from the person's authenticator app (the password was right; {@code authenticated} is still false).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionDto(boolean authenticated, @Nullable SessionUser user, @Nullable String stage) {
    /**
     * {@code shopVerified}: the shop's owner confirmed the address it signed up with; until then the shop mails
     * nobody else and issues no API keys (the admin shows a banner). {@code secondFactorEnabled}: the person logs
     * in with a code from an authenticator app too. {@code secondFactorSetupRequired}: an owner of a shop that
     * requires two-factor login who has not set it up — every shop endpoint answers 403
     * {@code second-factor-setup-required} until they do.
     */
    public record SessionUser(String id, String name, String email, Role role, ShopDto shop, boolean shopVerified,
                              boolean secondFactorEnabled, boolean secondFactorSetupRequired) {
    }

    public static final SessionDto ANONYMOUS = new SessionDto(false, null, null);
    public static final SessionDto SECOND_FACTOR_STAGE = new SessionDto(false, null, "second-factor");

    public static SessionDto of(StammkundeUser user, ShopDto shop, boolean shopVerified, boolean secondFactorEnabled,
                                boolean secondFactorSetupRequired) {
        return new SessionDto(true, new SessionUser(user.id().toString(), user.name(), user.email(), user.role(), shop,
                shopVerified, secondFactorEnabled, secondFactorSetupRequired), null);
    }
}
