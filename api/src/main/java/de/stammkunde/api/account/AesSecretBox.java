package de.stammkunde.api.account;

import de.stammkunde.domain.shared.SecretBox;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;

/**
 * Secrets the server reads again (TOTP secrets), sealed with Spring Security's {@link Encryptors#stronger}: AES-256
 * in GCM mode (a random nonce per secret, authenticated), the key derived by PBKDF2 from
 * {@code stammkunde.two-factor.key} (STAMMKUNDE_TWO_FACTOR_KEY, at least 32 characters; every instance needs the
 * same, and it must never change while secrets sealed with it exist). Without one, from a random secret the
 * migration stored in the database at installation — then a stolen database backup holds the key too (said at
 * first use). Sealed form: {@code v1:} + Base64 of what the encryptor wrote, so a later key version can be told
 * apart.
 */
class AesSecretBox implements SecretBox {
    private static final Logger log = LoggerFactory.getLogger(AesSecretBox.class);
    private static final String VERSION = "v1:";
    /** PBKDF2 salt (hex of "stammkunde-2fa"): not secret; the key material itself is random or long. */
    private static final String SALT = "7374616d6d6b756e64652d326661";

    private final String configured;
    private final Supplier<Optional<String>> installationSecret;
    private volatile BytesEncryptor encryptor;

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
        return VERSION + Base64.getEncoder().encodeToString(encryptor().encrypt(secret));
    }

    @Override
    public byte[] open(String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("A sealed secret of an unknown key version");
        }
        try {
            return encryptor().decrypt(Base64.getDecoder().decode(sealed.substring(VERSION.length())));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("A sealed secret does not open with this key: was "
                    + "stammkunde.two-factor.key changed or left out?", e);
        }
    }

    private BytesEncryptor encryptor() {
        BytesEncryptor e = encryptor;
        if (e == null) {
            String material = configured;
            if (material.isBlank()) {
                material = installationSecret.get().orElseThrow(() ->
                        new IllegalStateException("No stammkunde.two-factor.key and no installation secret"));
                log.warn("No stammkunde.two-factor.key (STAMMKUNDE_TWO_FACTOR_KEY) configured: TOTP secrets are "
                        + "encrypted with a key kept in the database itself; configure one outside it in production");
            }
            e = Encryptors.stronger(material, SALT);
            encryptor = e;
        }
        return e;
    }
}
