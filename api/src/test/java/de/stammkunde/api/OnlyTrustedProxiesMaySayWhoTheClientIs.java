package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.testsupport.TestInfrastructure;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * X-Forwarded-For and X-Forwarded-Proto count only from the configured proxies (by default loopback), not from any
 * private address as Tomcat would guess. Seen through the login rate limit, which counts failures per client
 * address, and HSTS, which is sent only to HTTPS requests. The untrusted caller is this machine itself, reached
 * over a non-loopback address of its own (preferably a private one, which Tomcat's default would have trusted).
 */
class OnlyTrustedProxiesMaySayWhoTheClientIs extends ApiTest {
    @Autowired
    StringRedisTemplate redis;

    @Test
    void aProxyOnLoopbackIsBelieved() {
        var shop = fixtures().newShop();
        String client = "203.0.113.41";

        var response = newClient().post("/api/v1/auth/login", wrongPassword(shop),
                Map.of("X-Forwarded-For", client, "X-Forwarded-Proto", "https"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(failuresCountedFor(client)).as("the failure counts against the forwarded client").isTrue();
        assertThat(response.header("Strict-Transport-Security")).as("https, as the proxy says").isPresent();
    }

    @Test
    void anyOtherAddressIsNotBelievedEvenAPrivateOne() throws Exception {
        Optional<InetAddress> own = ownNonLoopbackAddress();
        assumeTrue(own.isPresent(), "this machine has no non-loopback address to call itself on");
        InetAddress address = own.get();
        String host = address instanceof Inet6Address ? "[" + address.getHostAddress().replaceAll("%.*", "") + "]"
                : address.getHostAddress();
        var shop = fixtures().newShop();
        String csrf = newClient().get("/api/v1/auth/session").header("Set-Cookie").orElseThrow()
                .replaceAll(".*" + CSRF_COOKIE + "=([^;]*).*", "$1");
        String claimed = "203.0.113.42";

        var response = new ApiClient("http://" + host + ":" + port).withoutCsrf().post("/api/v1/auth/login",
                wrongPassword(shop), Map.of("X-Forwarded-For", claimed, "X-Forwarded-Proto", "https",
                        "Cookie", CSRF_COOKIE + "=" + csrf, "X-XSRF-TOKEN", csrf));

        assertThat(response.status()).as(response.raw()).isEqualTo(401);
        assertThat(failuresCountedFor(claimed)).as("the claimed address of %s is ignored", address).isFalse();
        assertThat(failuresCountedFor(InetAddress.getByName(host.replaceAll("[\\[\\]]", "")).getHostAddress()
                .replaceAll("%.*", ""))).as("the failure counts against the caller itself").isTrue();
        assertThat(response.header("Strict-Transport-Security")).as("plain HTTP, whatever it claims").isEmpty();
    }

    private static Map<String, String> wrongPassword(de.stammkunde.api.support.Fixtures.ShopContext shop) {
        return Map.of("shop", shop.slug(), "email", shop.ownerEmail(), "password", "wrong-password-123");
    }

    private boolean failuresCountedFor(String clientAddress) {
        return Boolean.TRUE.equals(redis.hasKey(TestInfrastructure.get().redisKeyPrefix() + "login-client:"
                + clientAddress));
    }

    /** Private addresses (IPv4 site-local, IPv6 unique-local) first; no link-local ones (they need a zone). */
    private static Optional<InetAddress> ownNonLoopbackAddress() throws Exception {
        return NetworkInterface.networkInterfaces().filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && !a.isAnyLocalAddress())
                .filter(a -> a instanceof Inet4Address || a instanceof Inet6Address)
                .min(Comparator.comparing(a -> isPrivate(a) ? 0 : 1));
    }

    private static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address.isSiteLocalAddress() || address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
    }
}
