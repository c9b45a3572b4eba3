package de.stammkunde.api.account;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import de.stammkunde.domain.account.OneTimeCodes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 codes through java-otp: the HOTP code (RFC 4226) of the time step, HMAC-SHA1, six digits — what Google
 * Authenticator, Aegis, 1Password and the others show for an {@code otpauth://totp/} entry with default settings.
 */
@Component
class TotpCodes implements OneTimeCodes {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final HmacOneTimePasswordGenerator generator = new HmacOneTimePasswordGenerator(6);

    @Override
    public byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    @Override
    public String code(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), step);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 takes any key", e);
        }
    }

    /** The secret as authenticator apps take it typed in: Base32 without padding. */
    static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The {@code otpauth://} address a QR code carries: issuer "Stammkunde (shop)", the person's e-mail. */
    static String otpauthUri(byte[] secret, String shopName, String email) {
        String issuer = "Stammkunde (" + shopName + ")";
        return "otpauth://totp/" + encode(issuer) + ":" + encode(email) + "?secret=" + base32(secret) + "&issuer="
                + encode(issuer) + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
