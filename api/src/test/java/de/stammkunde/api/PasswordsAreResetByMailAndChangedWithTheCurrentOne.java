package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import de.stammkunde.api.support.TestMailServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A forgotten password is reset through a link that comes by mail, works once, and says nothing about whether an
 * address exists; a new password ends the account's other sessions.
 */
class PasswordsAreResetByMailAndChangedWithTheCurrentOne extends ApiTest {
    private static final String NEW_PASSWORD = "Neues-Passwort-2026";

    @Test
    void anAgentResetsAForgottenPasswordOnceAndIsLoggedOutEverywhere() {
        Fixtures.ShopContext shop = fixtures().newShop();
        ApiClient oldSession = fixtures().agentSession(shop);
        String email = oldSession.get("/api/v1/auth/session").text("/user/email");

        var known = newClient().post("/api/v1/auth/password-reset", Map.of("shop", shop.slug(), "email", email));
        var unknown = newClient().post("/api/v1/auth/password-reset", Map.of("shop", shop.slug(),
                "email", "niemand@example.de"));
        var noShop = newClient().post("/api/v1/auth/password-reset", Map.of("shop", "gibt-es-nicht",
                "email", email));
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(noShop.status()).isEqualTo(202);
        assertThat(known.raw()).isEqualTo(unknown.raw()).isEqualTo(noShop.raw());
        assertThat(mailbox().count("niemand@example.de")).isZero();

        String token = mailbox().token(email, "/reset-password/");
        var pending = newClient().get("/api/v1/auth/password-reset/" + token);
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.text("/email")).isEqualTo(email);
        assertThat(pending.text("/shopName")).isEqualTo(shop.name());
        assertThat(newClient().get("/api/v1/portal/auth/password-reset/" + token).status())
                .as("a staff link is not a portal link").isEqualTo(404);

        var reset = newClient().post("/api/v1/auth/password-reset/" + token, Map.of("password", NEW_PASSWORD));
        assertThat(reset.status()).as(reset.raw()).isEqualTo(204);

        assertThat(oldSession.get(shop.path("/customers")).status()).as("every session ended").isEqualTo(401);
        assertThat(login(shop.slug(), email, Fixtures.PASSWORD).status()).isEqualTo(401);
        assertThat(login(shop.slug(), email, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(newClient().post("/api/v1/auth/password-reset/" + token, Map.of("password", "Noch-eins-2026"))
                .status()).as("once").isEqualTo(404);
        assertThat(newClient().get("/api/v1/auth/password-reset/not-a-token").status()).isEqualTo(404);
    }

    @Test
    void aCustomerResetsThePortalPasswordAndANewRequestReplacesTheOlderLink() throws Exception {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        fixtures().customerSession(customer);

        newClient().post("/api/v1/portal/auth/password-reset", Map.of("shop", shop.slug(), "email", customer.email()));
        String first = mailbox().token(customer.email(), "/portal/reset-password/");
        newClient().post("/api/v1/portal/auth/password-reset", Map.of("shop", shop.slug(), "email", customer.email()));
        String second = mailbox().token(customer.email(), "/portal/reset-password/");

        assertThat(second).isNotEqualTo(first);
        assertThat(newClient().get("/api/v1/portal/auth/password-reset/" + first).status()).isEqualTo(404);
        var breached = newClient().post("/api/v1/portal/auth/password-reset/" + second, Map.of("password",
                "1234567890"));
        assertThat(breached.status()).as(breached.raw()).isEqualTo(422);
        assertThat(breached.text("/code")).isEqualTo("password-common");
        assertThat(breached.text("/errors/0/field")).isEqualTo("password");
        var named = newClient().post("/api/v1/portal/auth/password-reset/" + second, Map.of("password",
                "Mustermann-Erika-1990"));
        assertThat(named.text("/code")).as(named.raw()).isEqualTo("password-like-name");
        assertThat(newClient().post("/api/v1/portal/auth/password-reset/" + second, Map.of("password",
                NEW_PASSWORD)).status()).isEqualTo(204);
        var login = newClient().post("/api/v1/portal/auth/login", Map.of("shop", shop.slug(), "email",
                customer.email(), "password", NEW_PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        String mail = TestMailServer.mailsTo(customer.email()).getLast().getContent().toString();
        assertThat(mail).as("in the customer's language (English, from the portal)").contains("Hello Erika",
                "works once");
    }

    @Test
    void resetRequestsAreLimitedPerAddress() {
        Fixtures.ShopContext shop = fixtures().newShop();
        Map<String, String> body = Map.of("shop", shop.slug(), "email", "viel@example.de");
        for (int i = 0; i < 5; i++) {
            assertThat(newClient().post("/api/v1/auth/password-reset", body).status()).isEqualTo(202);
        }
        var limited = newClient().post("/api/v1/auth/password-reset", body);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.text("/code")).isEqualTo("too-many-attempts");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessionsOnly() {
        Fixtures.ShopContext shop = fixtures().newShop();
        ApiClient laptop = shop.owner();
        ApiClient phone = login(shop.slug(), shop.ownerEmail(), Fixtures.PASSWORD).client();

        var wrong = laptop.send("PUT", "/api/v1/account/password", Map.of("currentPassword", "falsch-falsch",
                "newPassword", NEW_PASSWORD), Map.of());
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.text("/errors/0/field")).isEqualTo("currentPassword");
        assertThat(phone.get(shop.path("/customers")).status()).isEqualTo(200);

        var guessable = laptop.send("PUT", "/api/v1/account/password", Map.of("currentPassword", Fixtures.PASSWORD,
                "newPassword", "passwort2024"), Map.of());
        assertThat(guessable.status()).as(guessable.raw()).isEqualTo(422);
        assertThat(guessable.text("/code")).isEqualTo("password-common");
        assertThat(guessable.text("/errors/0/field")).isEqualTo("newPassword");
        var shopsName = laptop.send("PUT", "/api/v1/account/password", Map.of("currentPassword", Fixtures.PASSWORD,
                "newPassword", shop.name() + " 2024!"), Map.of());
        assertThat(shopsName.text("/code")).as(shopsName.raw()).isEqualTo("password-like-name");
        assertThat(phone.get(shop.path("/customers")).status()).as("refused: nothing changed").isEqualTo(200);

        var changed = laptop.send("PUT", "/api/v1/account/password", Map.of("currentPassword", Fixtures.PASSWORD,
                "newPassword", NEW_PASSWORD), Map.of());
        assertThat(changed.status()).as(changed.raw()).isEqualTo(204);

        assertThat(laptop.get(shop.path("/customers")).status()).as("this session stays").isEqualTo(200);
        assertThat(phone.get(shop.path("/customers")).status()).as("the other one ends").isEqualTo(401);
        assertThat(login(shop.slug(), shop.ownerEmail(), NEW_PASSWORD).response().status()).isEqualTo(200);
        assertThat(newClient().send("PUT", "/api/v1/account/password", Map.of("currentPassword", "x",
                "newPassword", "y"), Map.of()).status()).as("logged in only").isEqualTo(401);
    }

    private record Login(ApiClient client, ApiClient.Response response) {
        int status() {
            return response.status();
        }
    }

    private Login login(String shop, String email, String password) {
        ApiClient client = newClient();
        return new Login(client, client.post("/api/v1/auth/login", Map.of("shop", shop, "email", email,
                "password", password)));
    }
}
