package de.stammkunde.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Builds shops, staff and customers through the public API, as real users would. */
public final class Fixtures {
    public static final String PASSWORD = "correct-horse-battery";

    private final Supplier<ApiClient> clients;
    private final Mailbox mailbox;

    public Fixtures(Supplier<ApiClient> clients, Mailbox mailbox) {
        this.clients = clients;
        this.mailbox = mailbox;
    }

    /** A freshly signed-up shop and its logged-in owner. */
    public record ShopContext(String shopId, String slug, String ownerEmail, ApiClient owner) {
        public String name() {
            return "Laden " + slug;
        }

        public String path(String rest) {
            return "/api/v1/shops/" + shopId + rest;
        }
    }

    /** A new customer; {@code activationPath}: the link the customer got by mail to set the portal password. */
    public record CustomerContext(String customerId, String email, String activationPath) {
    }

    /** A shop whose owner confirmed the address (as every shop in use has): it mails and issues keys. */
    public ShopContext newShop() {
        ShopContext shop = newUnverifiedShop();
        var confirmed = clients.get().post("/api/v1/auth/email-verification/"
                + mailbox.token(shop.ownerEmail(), "/verify-email/"), null);
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
        return shop;
    }

    /** A shop just signed up: its owner has not yet opened the mailed confirmation link. */
    public ShopContext newUnverifiedShop() {
        String slug = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "owner@" + slug + ".example";
        ApiClient owner = clients.get();
        var response = owner.post("/api/v1/auth/signup", Map.of("shopName", "Laden " + slug, "shopSlug", slug,
                "currency", "EUR", "timeZone", "Europe/Berlin", "ownerName", "Olga Owner", "email", email,
                "password", PASSWORD));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return new ShopContext(response.text("/user/shop/id"), slug, email, owner);
    }

    public CustomerContext newCustomer(ShopContext shop) {
        String email = "kunde-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        var response = shop.owner().post(shop.path("/customers"), Map.of("firstName", "Erika", "lastName",
                "Mustermann", "email", email, "acquisitionChannel", "IN_STORE"));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat(response.text("/portalActivation/mailedTo")).isEqualTo(email);
        return new CustomerContext(response.text("/id"), email, mailbox.link(email, "/portal/activate/"));
    }

    /** A customer who activated the portal, logged in with their own client. */
    public ApiClient customerSession(CustomerContext customer) {
        ApiClient client = clients.get();
        String token = customer.activationPath().substring(customer.activationPath().lastIndexOf('/') + 1);
        var response = client.post("/api/v1/portal/auth/activations/" + token, Map.of("password", PASSWORD));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return client;
    }

    /** An agent of the shop, invited by the owner and logged in. */
    public ApiClient agentSession(ShopContext shop) {
        String email = "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.de";
        var invited = shop.owner().post(shop.path("/staff/invitations"), Map.of("email", email, "role", "AGENT"));
        assertThat(invited.status()).as(invited.raw()).isEqualTo(201);
        ApiClient agent = clients.get();
        var accepted = agent.post("/api/v1/auth/invitations/" + mailbox.token(email, "/invite/") + "/accept",
                Map.of("name", "Alex Agent", "password", PASSWORD));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        return agent;
    }

    public ApiClient.Response purchase(ShopContext shop, ApiClient as, String customerId, String amount, String key) {
        return as.post(shop.path("/customers/" + customerId + "/purchases"),
                Map.of("amount", amount, "currency", "EUR"), Map.of("Idempotency-Key", key));
    }
}
