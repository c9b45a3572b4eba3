package de.stammkunde.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuessablePasswordsAreRefused {
    /** Who is setting the password: the shop's name and address, the person's name and e-mail address. */
    private static final String[] CONTEXT = {"Kaffeerösterei Morgenrot", "kaffeeroesterei-morgenrot",
            "Ines Inhaberin", "ines.inhaberin@example.de"};

    /** 40 umlauts, 101 bytes in UTF-8: bcrypt would have read only the first 72. */
    static final String FORTY_UMLAUTS = "Müde Öl-Äbte: äöü ÖÜÄ üäö ÄÖÜ öüä ÜÄÖ äüö ÖÄÜ üöä ÄÜÖ öäü ÜÖÄ Ü";

    private static String codeOf(String password) {
        return switch (PasswordPolicy.check(password, CONTEXT)) {
            case Decision.Allowed allowed -> "allowed";
            case Decision.Rejected(Rejection r) -> {
                assertThat(r.field()).isEqualTo("password");
                assertThat(r.conflict()).isFalse();
                yield r.code();
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "passwort123", "Passwort2024!", "P@ssw0rd2024", "qwertzuiop",
            "Sonnenschein2026", "schalke04!!", "iloveyou123", "1qay2wsx3edc", "abcdefghijk", "ääääääääää",
            "          ", "Fussball1904", "qwertzuiopqwertzuiopqwertzuiopqwertzuiopqwertzuiop!",
            "99999999999999999999999999999999999999999999999999999999999999999999999999999999"})
    void aCommonOrBreachedPasswordIsRefused(String password) {
        assertThat(codeOf(password)).isEqualTo("password-common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Morgenrot2024", "morgenrot!2024", "MORGENROT-1985", "M0rg3nr0t2024", "m0rg3nr0t!!",
            "Kaffeerösterei Morgenrot", "kaffeeroesterei-morgenrot", "KaffeeroestereiMorgenrot1",
            "Kaffeerosterei2024", "Kaffeerösterei!!"})
    void aPasswordBuiltFromTheShopsNameOrAddressIsRefused(String password) {
        assertThat(codeOf(password)).isEqualTo("password-like-name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"InesInhaberin1985", "ines.inhaberin@example.de", "Inhaberin!!2024", "ines.inhaberin",
            "1nh4b3r1n-2024", "Ines Inhaberin 01.05."})
    void aPasswordBuiltFromTheUsersNameOrEmailIsRefused(String password) {
        assertThat(codeOf(password)).isEqualTo("password-like-name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stammkunde2024", "stammkunde.de!!", "Treuepunkte2025", "st4mmkund3-2024"})
    void aPasswordBuiltFromTheProductsOwnWordsIsRefusedForAnyone(String password) {
        assertThat(PasswordPolicy.check(password)).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.rejection().code()).isEqualTo("password-like-name"));
    }

    @Test
    void theSamePasswordIsAllowedForSomeoneElse() {
        assertThat(PasswordPolicy.check("Morgenrot2024", "Bäckerei Sonnenschein", "baeckerei-sonnenschein",
                "Sabine Sonnenschein", "inhaberin@baeckerei-sonnenschein.de")).isEqualTo(Decision.ALLOWED);
        assertThat(PasswordPolicy.check("Morgenrot2024")).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aLongPassphraseThatMerelyMentionsTheShopIsAllowed() {
        assertThat(codeOf("Kaffeerösterei Morgenrot röstet die besten Bohnen der Stadt")).isEqualTo("allowed");
    }

    @Test
    void aGoodPassphraseWithUmlautsOfMoreThan60BytesIsAllowed() {
        String passphrase = "Grüße über Äcker: Öhrchen äsen früh, Bären dösen spät";
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(60);
        assertThat(codeOf(passphrase)).isEqualTo("allowed");
    }

    @Test
    void aPassphraseOf40UmlautsIsAllowedAlthoughBcryptWouldHaveCutIt() {
        String passphrase = FORTY_UMLAUTS;
        assertThat(passphrase.codePoints().filter(c -> "äöüÄÖÜ".indexOf(c) >= 0).count()).isEqualTo(40);
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(codeOf(passphrase)).isEqualTo("allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery", "k8Hs2nXq9p", "Zimtschnecken am Fenster",
            "Sommerferien2019", "Mein Hund heißt Bello"})
    void ordinaryGoodPasswordsAreAllowed(String password) {
        assertThat(codeOf(password)).isEqualTo("allowed");
    }

    @Test
    void tenCharactersAreTheMinimumAndUmlautsCountOnce() {
        assertThat(codeOf("k8Hs2nXq9")).isEqualTo("password-too-short");
        assertThat(codeOf("k8Hs2nXq9p")).isEqualTo("allowed");
        assertThat(codeOf("Grüße9Öl!")).isEqualTo("password-too-short");
        assertThat(codeOf("Grüße9Öl!ä")).isEqualTo("allowed");
        String decomposed = java.text.Normalizer.normalize("Grüße9Öl!", java.text.Normalizer.Form.NFD);
        assertThat(decomposed.codePointCount(0, decomposed.length())).isGreaterThan(10);
        assertThat(codeOf(decomposed)).as("an umlaut typed as letter + combining mark is one character")
                .isEqualTo("password-too-short");
    }

    @Test
    void moreThan128CharactersAreTooLong() {
        String words = "Kirschblüten fallen leise auf den alten Brunnen am Marktplatz, ";
        String long128 = (words + words + words).substring(0, 128);
        assertThat(codeOf(long128)).isEqualTo("allowed");
        assertThat(codeOf(long128 + "x")).isEqualTo("password-too-long");
    }

    @Test
    void theRejectionsSayWhatIsNeeded() {
        var rejected = (Decision.Rejected) PasswordPolicy.check("1234567890");
        assertThat(rejected.rejection().args()).containsExactly(PasswordPolicy.MIN_LENGTH);
        var tooShort = (Decision.Rejected) PasswordPolicy.check("kurz");
        assertThat(tooShort.rejection().args()).containsExactly(PasswordPolicy.MIN_LENGTH);
    }
}
