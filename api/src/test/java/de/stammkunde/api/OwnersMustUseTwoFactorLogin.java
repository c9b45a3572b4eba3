package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.AuthenticatorApp;
import de.stammkunde.api.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The production setting: owners must use two-factor login. A new owner's session reaches no shop endpoint until
 * they set it up (their account and the sign-out stay open), and they cannot turn it off again; agents need not.
 */
@TestPropertySource(properties = "stammkunde.two-factor.required-for-owners=true")
class OwnersMustUseTwoFactorLogin extends ApiTest {
    @Test
    void aNewOwnerSetsUpTwoFactorLoginBeforeUsingTheShop() {
        Fixtures.ShopContext shop = fixtures().newShop();
        ApiClient owner = shop.owner();
        assertThat(owner.get("/api/v1/auth/session").json().at("/user/secondFactorSetupRequired").asBoolean())
                .isTrue();
        var refused = owner.get(shop.path("/customers"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.text("/code")).isEqualTo("second-factor-setup-required");
        assertThat(owner.post(shop.path("/customers"), Map.of("firstName", "A", "lastName", "B")).status())
                .isEqualTo(403);
        assertThat(owner.get("/api/v1/account/second-factor").json().at("/required").asBoolean()).isTrue();

        String secret = TwoFactorLoginOverHttp.enable(owner);
        assertThat(owner.get(shop.path("/customers")).status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/auth/session").json().at("/user/secondFactorSetupRequired").asBoolean())
                .isFalse();

        var off = owner.post("/api/v1/account/second-factor/disable",
                Map.of("password", Fixtures.PASSWORD, "code", AuthenticatorApp.code(secret, 0)));
        assertThat(off.status()).isEqualTo(409);
        assertThat(off.text("/code")).isEqualTo("second-factor-required");

        ApiClient agent = fixtures().agentSession(shop);
        assertThat(agent.get(shop.path("/customers")).status()).as("agents may go without").isEqualTo(200);
    }

    @Test
    void anOwnersSessionFromBeforeTheSetupMustProveTheSecondFactor() {
        Fixtures.ShopContext shop = fixtures().newShop();
        ApiClient older = newClient();
        older.post("/api/v1/auth/login", Map.of("shop", shop.slug(), "email", shop.ownerEmail(), "password",
                Fixtures.PASSWORD));
        String secret = TwoFactorLoginOverHttp.enable(shop.owner());
        var refused = older.get(shop.path("/customers"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("/code")).isEqualTo("second-factor-recheck-required");
        assertThat(older.post("/api/v1/account/second-factor/check", Map.of("code", AuthenticatorApp.code(secret, 0)))
                .status()).isEqualTo(204);
        assertThat(older.get(shop.path("/customers")).status()).isEqualTo(200);
    }
}
