package de.stammkunde.api.account;

import de.stammkunde.domain.shared.SecretBox;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AES-256-GCM for secrets the server reads again (TOTP secrets). The key is derived (HMAC-SHA256) from
 * {@code stammkunde.two-factor.key} (STAMMKUNDE_TWO_FACTOR_KEY, at least 32 characters; every instance needs the
 * same, and it must never change while secrets sealed with it exist). Without one, from a random secret the
 * migration stored in the database at installation — then a stolen database backup holds the key too (said at
 * start-up). Sealed form: {@code v1:} + Base64(nonce ‖ ciphertext ‖ tag); the account the secret belongs to is not
 * bound in, the row is.
 */
class AesSecretBox implements SecretBox {
    private static final Logger log = LoggerFactory.getLogger(AesSecretBox.class);
    private static final String VERSION = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String configured;
    private final Supplier<Optional<String>> installationSecret;
    private volatile SecretKeySpec key;

    /** {@code installationSecret}: read when first needed (after the migrations ran). */
    AesSecretBox(String configured, Supplier<Optional<String>> installationSecret) {
        if (!configured.isBlank() && configured.length() < 32) {
            throw new IllegalStateException("stammkunde.two-factor.key needs at least 32 characters");
        }
        this.configured = configured;
        this.installationSecret = installationSecret;
    }

    @Override
    public String seal(byte[] secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret);
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    @Override
    public byte[] open(String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("A sealed secret of an unknown key version");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, bytes, 0, 12));
            return cipher.doFinal(bytes, 12, bytes.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed secret does not open with this key: was "
                    + "stammkunde.two-factor.key changed or left out?", e);
        }
    }

    private SecretKeySpec key() throws GeneralSecurityException {
        SecretKeySpec k = key;
        if (k == null) {
            String material = configured;
            if (material.isBlank()) {
                material = installationSecret.get().orElseThrow(() ->
                        new IllegalStateException("No stammkunde.two-factor.key and no installation secret"));
                log.warn("No stammkunde.two-factor.key (STAMMKUNDE_TWO_FACTOR_KEY) configured: TOTP secrets are "
                        + "encrypted with a key kept in the database itself; configure one outside it in production");
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            k = new SecretKeySpec(mac.doFinal("stammkunde second factor v1".getBytes(StandardCharsets.UTF_8)),
                    "AES");
            key = k;
        }
        return k;
    }
}
