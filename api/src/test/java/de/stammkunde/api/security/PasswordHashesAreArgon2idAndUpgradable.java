package de.stammkunde.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The application's PasswordEncoder bean behind the domain's PasswordHasher port, without the application. */
class PasswordHashesAreArgon2idAndUpgradable {
    private static final String PASSPHRASE = "Müde Öl-Äbte: äöü ÖÜÄ üäö ÄÖÜ öüä ÜÄÖ äüö ÖÄÜ üöä ÄÜÖ öäü ÜÖÄ Ü";
    private final SpringPasswordHasher hasher =
            new SpringPasswordHasher(new SecurityConfiguration().passwordEncoder(19456, 2));

    @Test
    void newHashesAreArgon2idWithOwaspsParametersAndNeedNoRehash() {
        String hash = hasher.hash(PASSPHRASE);

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches(PASSPHRASE, hash)).isTrue();
        assertThat(hasher.matches(PASSPHRASE.substring(0, PASSPHRASE.length() - 1) + "Ä", hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void bcryptHashesStillMatchAndAskForARehash() {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("correct-horse-battery");

        assertThat(hasher.matches("correct-horse-battery", bcrypt)).isTrue();
        assertThat(hasher.matches("correct-horse-batterY", bcrypt)).isFalse();
        assertThat(hasher.needsRehash(bcrypt)).isTrue();
    }

    @Test
    void aBcryptHashNeverMatchesMoreThan72Bytes() {
        String password72 = "Kirschblüten fallen leise auf den alten Brunnen am Marktplatz und".substring(0, 60);
        password72 = password72 + "x".repeat(72 - password72.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(password72);

        assertThat(hasher.matches(password72, bcrypt)).isTrue();
        assertThat(hasher.matches(password72 + "!", bcrypt)).as("bcrypt alone would ignore the 73rd byte").isFalse();
    }

    @Test
    void everyCheckDoesTheWorkOfABcryptAndAnArgon2idCheck() {
        PasswordEncoder real = new SecurityConfiguration().passwordEncoder(19456, 2);
        List<String> checked = new ArrayList<>();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return real.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                checked.add(encodedPassword.substring(0, encodedPassword.indexOf('}') + 1));
                return real.matches(rawPassword, encodedPassword);
            }
        };
        SpringPasswordHasher timed = new SpringPasswordHasher(counting);

        timed.matches("correct-horse-battery", "{bcrypt}" + new BCryptPasswordEncoder().encode("other-password"));
        assertThat(checked).containsExactlyInAnyOrder("{bcrypt}", "{argon2}");
        checked.clear();
        assertThat(timed.matches("correct-horse-battery", timed.hash("correct-horse-battery"))).isTrue();
        assertThat(checked).containsExactlyInAnyOrder("{argon2}", "{bcrypt}");
    }

    @Test
    void argon2HashesWithWeakerParametersStillMatchAndAskForARehash() {
        String weaker = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode(PASSPHRASE);

        assertThat(hasher.matches(PASSPHRASE, weaker)).isTrue();
        assertThat(hasher.needsRehash(weaker)).isTrue();
    }

    @Test
    void otherLegacyAlgorithmsAreNotAccepted() {
        assertThat(catching(() -> hasher.matches("secret-password", "{noop}secret-password"))).isFalse();
    }

    @Test
    void aPassphraseMatchesHoweverItsUmlautsWereComposed() {
        String decomposed = Normalizer.normalize(PASSPHRASE, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(PASSPHRASE);

        assertThat(hasher.matches(decomposed, hasher.hash(PASSPHRASE))).isTrue();
        assertThat(hasher.matches(PASSPHRASE, hasher.hash(decomposed))).isTrue();
        String shortDecomposed = Normalizer.normalize("Grüße über Äcker", Normalizer.Form.NFD);
        String legacyFromDecomposedInput = "{bcrypt}" + new BCryptPasswordEncoder().encode(shortDecomposed);
        assertThat(hasher.matches(shortDecomposed, legacyFromDecomposedInput)).as("as typed back then").isTrue();
    }

    private static boolean catching(java.util.function.BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
