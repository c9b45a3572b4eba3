package de.stammkunde.api.support;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * An authenticator app for tests: the RFC 6238 code of a Base32 secret (30-second steps, six digits, HMAC-SHA1).
 * The server takes the codes of the step before and after the current one too, and each step once — so a test that
 * needs several fresh codes without waiting uses {@code code(secret, -1)}, then {@code 0}, then {@code +1}.
 */
public final class AuthenticatorApp {
    private AuthenticatorApp() {
    }

    /** The code of the current time step plus {@code stepOffset}. */
    public static String code(String base32Secret, int stepOffset) {
        long step = Math.floorDiv(Instant.now().getEpochSecond(), 30) + stepOffset;
        try {
            return new HmacOneTimePasswordGenerator(6).generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"), step);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code that is certainly not the right one now (the right one plus one, modulo a million). */
    public static String wrongCode(String base32Secret) {
        int right = Integer.parseInt(code(base32Secret, 0));
        return String.format("%06d", (right + 1) % 1_000_000);
    }
}
