package de.stammkunde.api.security;

import de.stammkunde.domain.shared.PasswordHasher;
import java.text.Normalizer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The domain's password port, backed by Spring Security's delegating encoder (Argon2id for new hashes, bcrypt
 * hashes from before still match; see {@code SecurityConfiguration#passwordEncoder}).
 *
 * <p>Passwords are hashed in Unicode normal form C, so a passphrase with umlauts matches however the keyboard
 * composed them ({@code ä} as one code point or as {@code a} + combining diaeresis). A hash made from an
 * unnormalised password before this rule still matches the password as typed.
 *
 * <p>Every check costs one bcrypt and one Argon2id verification, whichever algorithm made the hash: the login
 * answers unknown e-mail addresses after the work of an Argon2id check (the authenticator's dummy hash), so an
 * account still on bcrypt (~65 ms) would otherwise stand out from an upgraded or unknown one (~20 ms).
 */
@Component
class SpringPasswordHasher implements PasswordHasher {
    private static final String BCRYPT = "{bcrypt}";

    private final PasswordEncoder encoder;
    private final String bcryptDummy;
    private final String currentDummy;

    SpringPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
        String dummy = "not-a-real-password-" + System.nanoTime();
        this.bcryptDummy = BCRYPT + new BCryptPasswordEncoder().encode(dummy);
        this.currentDummy = encoder.encode(dummy);
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(normalised(rawPassword));
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        String normalised = normalised(rawPassword);
        boolean matches = encoder.matches(normalised, hash)
                || (!normalised.equals(rawPassword) && encoder.matches(rawPassword, hash));
        encoder.matches(normalised, hash.startsWith(BCRYPT) ? currentDummy : bcryptDummy); // equal work, see above
        return matches;
    }

    @Override
    public boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private static String normalised(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }
}
