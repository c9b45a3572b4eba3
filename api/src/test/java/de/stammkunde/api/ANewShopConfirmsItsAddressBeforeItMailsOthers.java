package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.ACCOUNT_LINK;
import static de.stammkunde.persistence.jooq.Tables.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signup: the owner confirms the shop's address through a mailed link before the shop can mail anyone else or
 * issue API keys — what it mails meanwhile is kept, not lost — and one client address signs up only so many shops.
 */
class ANewShopConfirmsItsAddressBeforeItMailsOthers extends ApiTest {
    @Autowired
    private DSLContext dsl;
    @Autowired
    private StammkundeProperties properties;

    @Test
    void mailWaitsForTheConfirmationAndGoesOutWithIt() {
        Fixtures.ShopContext shop = fixtures().newUnverifiedShop();
        assertThat(shop.owner().get("/api/v1/auth/session").json().at("/user/shopVerified").asBoolean()).isFalse();
        var customer = shop.owner().post(shop.path("/customers"), Map.of("firstName", "Erika", "lastName",
                "Mustermann", "email", "erika-" + shop.slug() + "@example.de", "acquisitionChannel", "IN_STORE"));
        assertThat(customer.status()).as(customer.raw()).isEqualTo(201);
        String customerEmail = "erika-" + shop.slug() + "@example.de";
        var key = shop.owner().post(shop.path("/api-keys"), Map.of("name", "Kasse 1"));
        assertThat(key.status()).as(key.raw()).isEqualTo(409);
        assertThat(key.text("/code")).isEqualTo("email-not-verified");

        String token = mailbox().token(shop.ownerEmail(), "/verify-email/");
        assertThat(mailbox().count(customerEmail)).as("the portal link waits").isZero();
        var status = shop.owner().get(shop.path("/mail-status"));
        assertThat(status.json().at("/held").asLong()).isEqualTo(1);
        assertThat(status.json().at("/pending").asLong()).isZero();

        ApiClient stranger = newClient();
        var pending = stranger.get("/api/v1/auth/email-verification/" + token);
        assertThat(pending.status()).as(pending.raw()).isEqualTo(200);
        assertThat(pending.text("/shopName")).isEqualTo(shop.name());
        assertThat(pending.text("/email")).isEqualTo(shop.ownerEmail());
        assertThat(pending.json().at("/verified").asBoolean()).as("looking confirms nothing").isFalse();
        assertThat(mailbox().count(customerEmail)).isZero();

        var confirmed = stranger.post("/api/v1/auth/email-verification/" + token, null);
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
        assertThat(confirmed.json().at("/releasedMails").asInt()).isEqualTo(1);
        assertThat(mailbox().link(customerEmail, "/portal/activate/")).as("released").isNotBlank();
        assertThat(shop.owner().get("/api/v1/auth/session").json().at("/user/shopVerified").asBoolean()).isTrue();
        assertThat(shop.owner().get(shop.path("/mail-status")).json().at("/held").asLong()).isZero();
        var keyNow = shop.owner().post(shop.path("/api-keys"), Map.of("name", "Kasse 1"));
        assertThat(keyNow.status()).as(keyNow.raw()).isEqualTo(201);

        var again = stranger.post("/api/v1/auth/email-verification/" + token, null);
        assertThat(again.status()).as("a double click").isEqualTo(200);
        assertThat(again.json().at("/releasedMails").asInt()).isZero();
        assertThat(stranger.get("/api/v1/auth/email-verification/" + token).json().at("/verified").asBoolean())
                .isTrue();
        var resend = shop.owner().post(shop.path("/email-verification"), null);
        assertThat(resend.status()).isEqualTo(409);
        assertThat(resend.text("/code")).isEqualTo("already-verified");
    }

    @Test
    void aNewLinkReplacesTheOldOneAndDeadLinksConfirmNothing() {
        Fixtures.ShopContext shop = fixtures().newUnverifiedShop();
        String first = mailbox().token(shop.ownerEmail(), "/verify-email/");
        var resent = shop.owner().post(shop.path("/email-verification"), null);
        assertThat(resent.status()).as(resent.raw()).isEqualTo(202);
        assertThat(resent.text("/mailedTo")).isEqualTo(shop.ownerEmail());
        assertThat(resent.text("/expiresAt")).isNotBlank();
        String second = mailbox().token(shop.ownerEmail(), "/verify-email/");
        assertThat(second).isNotEqualTo(first);
        assertThat(newClient().post("/api/v1/auth/email-verification/" + first, null).status()).as("replaced")
                .isEqualTo(404);
        assertThat(newClient().get("/api/v1/auth/email-verification/no-such-token").status()).isEqualTo(404);
        assertThat(newClient().post("/api/v1/auth/email-verification/no-such-token", null).status()).isEqualTo(404);

        dsl.update(ACCOUNT_LINK).set(ACCOUNT_LINK.EXPIRES_AT, OffsetDateTime.now().minusMinutes(1))
                .where(ACCOUNT_LINK.SHOP_ID.eq(UUID.fromString(shop.shopId()))).execute();
        var expired = newClient().post("/api/v1/auth/email-verification/" + second, null);
        assertThat(expired.status()).as("expired").isEqualTo(404);
        assertThat(shop.owner().get("/api/v1/auth/session").json().at("/user/shopVerified").asBoolean()).isFalse();
    }

    @Test
    void onlyTheOwnerAsksForANewLink() {
        Fixtures.ShopContext shop = fixtures().newShop();
        ApiClient agent = fixtures().agentSession(shop);
        assertThat(agent.post(shop.path("/email-verification"), null).status()).isEqualTo(403);
        assertThat(newClient().post(shop.path("/email-verification"), null).status()).isEqualTo(401);
    }

    @Test
    void oneClientAddressSignsUpOnlySoManyShopsAnHour() {
        int max = properties.signup().maxPerClient();
        Map<String, String> from = Map.of("X-Forwarded-For", "203.0.113." + (1 + (int) (Math.random() * 250)));
        for (int i = 0; i < max; i++) {
            String slug = "limit-" + UUID.randomUUID().toString().substring(0, 8);
            var signup = newClient().post("/api/v1/auth/signup", signup(slug), from);
            assertThat(signup.status()).as(signup.raw()).isEqualTo(201);
        }
        String slug = "limit-" + UUID.randomUUID().toString().substring(0, 8);
        var refused = newClient().post("/api/v1/auth/signup", signup(slug), from);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text("/code")).isEqualTo("too-many-attempts");
        assertThat(refused.header("Retry-After")).hasValue(Long.toString(properties.signup().window().toSeconds()));
        assertThat(dsl.fetchExists(SHOP, SHOP.SLUG.eq(slug))).as("nothing created").isFalse();
        var elsewhere = newClient().post("/api/v1/auth/signup", signup(slug));
        assertThat(elsewhere.status()).as("another address: " + elsewhere.raw()).isEqualTo(201);
    }

    private static Map<String, String> signup(String slug) {
        return Map.of("shopName", "Laden " + slug, "shopSlug", slug, "currency", "EUR", "timeZone",
                "Europe/Berlin", "ownerName", "Olga Owner", "email", "owner@" + slug + ".example", "password",
                Fixtures.PASSWORD);
    }
}
