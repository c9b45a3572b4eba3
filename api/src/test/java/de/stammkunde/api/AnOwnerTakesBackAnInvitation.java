package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An invitation sent to the wrong address can be taken back: its link stops working, the audit log keeps it. */
class AnOwnerTakesBackAnInvitation extends ApiTest {
    @Test
    void aRevokedInvitationDisappearsAndItsLinkNoLongerWorks() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var invited = shop.owner().post(shop.path("/staff/invitations"), Map.of("email", "falsch@example.de",
                "role", "AGENT"));
        assertThat(invited.status()).as(invited.raw()).isEqualTo(201);
        String id = invited.text("/id");
        assertThat(invited.json().has("acceptPath")).as("the owner never sees the link").isFalse();
        String token = mailbox().token("falsch@example.de", "/invite/");
        assertThat(newClient().get("/api/v1/auth/invitations/" + token).status()).isEqualTo(200);
        assertThat(fixtures().agentSession(shop).send("DELETE", shop.path("/staff/invitations/" + id), null,
                Map.of()).status()).as("only the owner").isEqualTo(403);

        var revoked = shop.owner().send("DELETE", shop.path("/staff/invitations/" + id), null, Map.of());
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(204);

        assertThat(shop.owner().get(shop.path("/staff")).json().at("/invitations").findValuesAsString("email"))
                .doesNotContain("falsch@example.de");
        assertThat(newClient().get("/api/v1/auth/invitations/" + token).status()).isEqualTo(404);
        var accept = newClient().post("/api/v1/auth/invitations/" + token + "/accept",
                Map.of("name", "Falsch", "password", "Sonnenschein2026"));
        assertThat(accept.status()).isEqualTo(404);
        var again = shop.owner().send("DELETE", shop.path("/staff/invitations/" + id), null, Map.of());
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.text("/code")).isEqualTo("not-found");
        var reinvited = shop.owner().post(shop.path("/staff/invitations"), Map.of("email", "falsch@example.de",
                "role", "AGENT"));
        assertThat(reinvited.status()).as("the address can be invited again").isEqualTo(201);
    }

    @Test
    void anotherShopsInvitationCannotBeRevokedThroughTheOwnShop() {
        Fixtures.ShopContext shopA = fixtures().newShop();
        Fixtures.ShopContext shopB = fixtures().newShop();
        String invitationOfA = shopA.owner().post(shopA.path("/staff/invitations"), Map.of("email",
                "agentin@example.de", "role", "AGENT")).text("/id");

        var attempt = shopB.owner().send("DELETE", shopB.path("/staff/invitations/" + invitationOfA), null,
                Map.of());

        assertThat(attempt.status()).isEqualTo(404);
        assertThat(shopA.owner().get(shopA.path("/staff")).json().at("/invitations").findValuesAsString("id"))
                .containsExactly(invitationOfA);
    }
}
