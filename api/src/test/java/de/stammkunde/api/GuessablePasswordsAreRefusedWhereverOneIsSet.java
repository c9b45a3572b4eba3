package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signup, accepting an invitation and activating the portal all apply the password policy: 422 on "password". */
class GuessablePasswordsAreRefusedWhereverOneIsSet extends ApiTest {
    /** 40 umlauts, 101 bytes in UTF-8: bcrypt would have read only the first 72. */
    private static final String FORTY_UMLAUTS = "Müde Öl-Äbte: äöü ÖÜÄ üäö ÄÖÜ öüä ÜÄÖ äüö ÖÄÜ üöä ÄÜÖ öäü ÜÖÄ Ü";

    @Autowired
    DSLContext dsl;

    @Test
    void signingUpWith1234567890IsRefusedAsCommon() {
        long shops = dsl.fetchCount(SHOP);
        var response = newClient().language("en").post("/api/v1/auth/signup", signup("Laden am Eck", "1234567890"));

        assertRefused(response, "password-common");
        assertThat(response.text("/title")).isEqualTo("Password too easy to guess");
        assertThat(response.text("/errors/0/message")).contains("too common", "at least 10 characters");
        assertThat(dsl.fetchCount(SHOP)).isEqualTo(shops);
    }

    @Test
    void signingUpWithTheShopsNameAnd2024IsRefusedAsLikeTheName() {
        long shops = dsl.fetchCount(SHOP);
        var response = newClient().language("de").post("/api/v1/auth/signup",
                signup("Kaffeerösterei Morgenrot", "Kaffeerösterei Morgenrot2024"));

        assertRefused(response, "password-like-name");
        assertThat(response.text("/title")).isEqualTo("Passwort aus einem Namen gebildet");
        assertThat(response.text("/errors/0/message")).contains("Namen", "mindestens 10 Zeichen");
        var english = newClient().language("en").post("/api/v1/auth/signup",
                signup("Kaffeerösterei Morgenrot", "m0rg3nr0t!2024"));
        assertRefused(english, "password-like-name");
        assertThat(english.text("/errors/0/message")).contains("the shop's name");
        assertThat(dsl.fetchCount(SHOP)).isEqualTo(shops);
    }

    @Test
    void aShortPasswordIsRefusedSayingTheMinimum() {
        var response = newClient().language("de").post("/api/v1/auth/signup", signup("Laden am Eck", "kurz"));

        assertRefused(response, "password-too-short");
        assertThat(response.text("/errors/0/message")).isEqualTo("Mindestens 10 Zeichen.");
    }

    @Test
    void aPassphraseOf40UmlautsSignsUpAndEveryByteOfItCounts() {
        assertThat(FORTY_UMLAUTS.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        var body = signup("Laden am Eck", FORTY_UMLAUTS);
        var response = newClient().post("/api/v1/auth/signup", body);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);

        String slug = (String) body.get("shopSlug");
        String email = (String) body.get("email");
        assertThat(login(slug, email, FORTY_UMLAUTS).status()).isEqualTo(200);
        String sameFirst72Bytes = FORTY_UMLAUTS.substring(0, FORTY_UMLAUTS.length() - 1) + "Ä";
        assertThat(login(slug, email, sameFirst72Bytes).status()).as("bcrypt would have let this in")
                .isEqualTo(401);
    }

    @Test
    void acceptingAnInvitationWithOnesOwnNameIsRefusedAndTheLinkStillWorks() {
        Fixtures.ShopContext shop = fixtures().newShop();
        String email = "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        var invited = shop.owner().post(shop.path("/staff/invitations"), Map.of("email", email, "role", "AGENT"));
        assertThat(invited.status()).as(invited.raw()).isEqualTo(201);
        String accept = "/api/v1/auth/invitations/" + mailbox().token(email, "/invite/") + "/accept";

        assertRefused(newClient().post(accept, Map.of("name", "Rosalinde Brettschneider",
                "password", "Brettschneider1985")), "password-like-name");
        assertRefused(newClient().post(accept, Map.of("name", "Alex Agent", "password",
                shop.slug() + "!2024")), "password-like-name");
        var accepted = newClient().post(accept, Map.of("name", "Alex Agent", "password", Fixtures.PASSWORD));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
    }

    @Test
    void activatingThePortalWithOnesOwnEmailAddressIsRefusedAndTheLinkStillWorks() {
        Fixtures.ShopContext shop = fixtures().newShop();
        Fixtures.CustomerContext customer = fixtures().newCustomer(shop);
        String token = customer.activationPath().substring(customer.activationPath().lastIndexOf('/') + 1);
        String activate = "/api/v1/portal/auth/activations/" + token;

        assertRefused(newClient().post(activate, Map.of("password", customer.email())), "password-like-name");
        assertRefused(newClient().post(activate, Map.of("password", "Mustermann2024")), "password-like-name");
        assertRefused(newClient().post(activate, Map.of("password", "passwort123")), "password-common");
        var activated = newClient().post(activate, Map.of("password", Fixtures.PASSWORD));
        assertThat(activated.status()).as(activated.raw()).isEqualTo(200);
    }

    private ApiClient.Response login(String slug, String email, String password) {
        return newClient().post("/api/v1/auth/login", Map.of("shop", slug, "email", email, "password", password));
    }

    private static void assertRefused(ApiClient.Response response, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(422);
        assertThat(response.text("/code")).isEqualTo(code);
        assertThat(response.json().at("/errors").findValuesAsString("field")).containsExactly("password");
    }

    private static Map<String, Object> signup(String shopName, String password) {
        String slug = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shopName", shopName);
        body.put("shopSlug", slug);
        body.put("currency", "EUR");
        body.put("timeZone", "Europe/Berlin");
        body.put("ownerName", "Olga Owner");
        body.put("email", "owner@" + slug + ".example");
        body.put("password", password);
        return body;
    }
}
