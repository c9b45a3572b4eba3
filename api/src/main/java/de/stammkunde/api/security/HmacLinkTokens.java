package de.stammkunde.api.security;

import de.stammkunde.domain.shared.LinkTokens;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Link tokens as HMAC-SHA256 of the link's id under the server's key ({@code stammkunde.links.secret}, at least 32
 * characters; every instance of a deployment needs the same). Without a configured key a random one is drawn at
 * start — fine for one instance, but links mailed before a restart stop working then (said at start-up).
 */
@Component
class HmacLinkTokens implements LinkTokens {
    private static final Logger log = LoggerFactory.getLogger(HmacLinkTokens.class);

    private final SecretKeySpec key;

    HmacLinkTokens(@Value("${stammkunde.links.secret:}") String secret) {
        byte[] bytes;
        if (secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            log.warn("No stammkunde.links.secret (STAMMKUNDE_LINKS_SECRET) configured: mailed links stop working "
                    + "when the application restarts, and several instances do not share them");
        } else if (secret.length() < 32) {
            throw new IllegalStateException("stammkunde.links.secret needs at least 32 characters");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Override
    public String tokenFor(UUID linkId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] id = ByteBuffer.allocate(16).putLong(linkId.getMostSignificantBits())
                    .putLong(linkId.getLeastSignificantBits()).array();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(id));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
