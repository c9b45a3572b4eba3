package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.CUSTOMER_ACTIVATION;
import static de.stammkunde.persistence.jooq.Tables.IDEMPOTENCY_RECORD;
import static de.stammkunde.persistence.jooq.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Portal activation and staff invitation links go to the person by mail. Staff never see them, and their tokens
 * are stored nowhere: not in the link's row (only a hash), not in the outbox (only the link's id), not in the stored
 * answer of a retried request.
 */
class LinksGoByMailAndStaffNeverSeeThem extends ApiTest {
    @Autowired
    DSLContext dsl;

    @Test
    void theActivationLinkGoesToTheCustomerAndItsTokenIsStoredNowhere() {
        Fixtures.ShopContext shop = fixtures().newShop();
        String email = "kundin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        var created = shop.owner().post(shop.path("/customers"), Map.of("firstName", "Kim", "lastName", "Klar",
                "email", email, "acquisitionChannel", "IN_STORE"), Map.of("Idempotency-Key", "k-" + email));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/portalActivation/mailedTo")).isEqualTo(email);
        assertThat(created.raw()).doesNotContain("/portal/activate/");

        String token = mailbox().token(email, "/portal/activate/");

        assertThat(newClient().get("/api/v1/portal/auth/activations/" + token).text("/firstName")).isEqualTo("Kim");
        assertThat(dsl.fetch(CUSTOMER_ACTIVATION).toString()).doesNotContain(token);
        assertThat(dsl.fetch(OUTBOX_MESSAGE).toString()).doesNotContain(token);
        assertThat(dsl.fetch(IDEMPOTENCY_RECORD).toString()).doesNotContain(token);
    }

    @Test
    void staffSendANewLinkAndTheOlderStopsWorking() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String first = customer.activationPath();

        var again = shop.owner().post(shop.path("/customers/" + customer.customerId() + "/portal-link"), null);
        assertThat(again.status()).as(again.raw()).isEqualTo(202);
        assertThat(again.text("/mailedTo")).isEqualTo(customer.email());
        String second = mailbox().link(customer.email(), "/portal/activate/");

        assertThat(second).isNotEqualTo(first);
        String firstToken = first.substring(first.lastIndexOf('/') + 1);
        assertThat(newClient().get("/api/v1/portal/auth/activations/" + firstToken).status()).isEqualTo(404);
        fixtures().customerSession(new Fixtures.CustomerContext(customer.customerId(), customer.email(), second));
        var active = shop.owner().post(shop.path("/customers/" + customer.customerId() + "/portal-link"), null);
        assertThat(active.status()).isEqualTo(409);
        assertThat(active.text("/code")).isEqualTo("portal-active");
        var withoutMail = shop.owner().post(shop.path("/customers"), Map.of("firstName", "Otto", "lastName", "Ohne",
                "acquisitionChannel", "IN_STORE"));
        var none = shop.owner().post(shop.path("/customers/" + withoutMail.text("/id") + "/portal-link"), null);
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.text("/code")).isEqualTo("customer-email-missing");
    }

    @Test
    void theInvitationGoesToTheInviteeAndTheOwnerNeverSeesItsLink() {
        Fixtures.ShopContext shop = fixtures().newShop();
        String email = "neu-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        var invited = shop.owner().post(shop.path("/staff/invitations"), Map.of("email", email, "role", "AGENT"));
        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.raw()).doesNotContain("/invite/");

        String token = mailbox().token(email, "/invite/");
        var info = newClient().get("/api/v1/auth/invitations/" + token);
        assertThat(info.text("/email")).isEqualTo(email);
        assertThat(newClient().post("/api/v1/auth/invitations/" + token + "/accept", Map.of("name", "Nele Neu",
                "password", Fixtures.PASSWORD)).status()).isEqualTo(200);
    }
}
