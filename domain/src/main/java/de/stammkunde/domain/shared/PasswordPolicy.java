package de.stammkunde.domain.shared;

import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Policy: which passwords may be set (signup, accepting an invitation, portal activation, and any later use case
 * that sets one). In this order, each a rejection on field {@code password}:
 * <ol>
 *   <li>{@code password-too-short} below {@value #MIN_LENGTH} characters, {@code password-too-long} above
 *   {@value #MAX_LENGTH} (characters are Unicode code points, so an umlaut counts once; the upper bound only keeps
 *   the cost of estimating and hashing bounded — Argon2 reads the whole password, unlike bcrypt's 72 bytes);</li>
 *   <li>{@code password-common}: guessable without knowing anything about the person — on zxcvbn's bundled lists
 *   of common and breached passwords (30,000 from leaked password sets, plus frequent English words, names and
 *   film and TV words), a keyboard walk, sequence, repetition or date, or a combination of these that takes fewer
 *   than {@value #MIN_GUESSES} guesses (zxcvbn's score 3, "safely unguessable" for a throttled online attack), or
 *   a single listed password with digits, years or symbols around it ({@code Passwort2024!});</li>
 *   <li>{@code password-like-name}: built from the context words — the shop's name and address, the person's
 *   name and e-mail address — compared case-insensitively, with German transliterations ({@code ä}/{@code ae}/
 *   {@code a}) and leet spellings ({@code m0rg3nr0t}): when what is left after taking those words out would be
 *   guessable by the same measure ({@code Morgenrot2024}, {@code ines.inhaberin1985}). A long passphrase that
 *   merely mentions the shop stays allowed.</li>
 * </ol>
 * The estimate comes from zxcvbn4j ({@code com.nulab-inc:zxcvbn}, MIT): a plain-Java library without dependencies
 * whose only I/O is reading its own word lists from the class path once, which is why the domain may use it
 * directly (ARCHITECTURE.md: "small pure libraries"). Its estimate is deterministic and takes about a millisecond
 * for ordinary passwords; long ones are estimated in pieces to keep its cost bounded (see {@link #guessable}).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's score 3 starts here: guessable below this many guesses. */
    static final double MIN_GUESSES = 1e8;
    /** Length of the pieces a password is estimated in (see {@link #guessable}). */
    private static final int PIECE = 32;
    /** Context words shorter than this are not looked for (initials, top-level domains). */
    private static final int MIN_WORD_LENGTH = 3;
    private static final String PASSWORDS_LIST = "passwords";
    /** A run of one unit repeated: {@code abcabcabc}, {@code 9999}. */
    private static final Pattern REPEATS = Pattern.compile("(.+?)\\1+");

    /** Loads zxcvbn's dictionaries once (about 0.1 s); measuring is thread-safe and shares them read-only. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    /**
     * The product's and the business's own words, which nobody's password may be built from either (ASVS 6.1.2):
     * the product's name and domain and the loyalty words every shop uses.
     */
    public static final List<String> PRODUCT_WORDS = List.of("Stammkunde", "stammkunde.de", "Treuepunkte",
            "Treueprogramm", "Kundenkarte", "Bonuspunkte", "loyalty");

    private PasswordPolicy() {
    }

    /**
     * May {@code password} be set by someone known by {@code contextWords} (the shop's name and address, the
     * person's name and e-mail address; blank or null ones are ignored)?
     */
    public static Decision check(String password, @Nullable String... contextWords) {
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Decision.reject("password-too-short", "password", "Use at least {0} characters", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            return Decision.reject("password-too-long", "password", "Use at most {0} characters", MAX_LENGTH);
        }
        if (isCommon(normalised)) {
            return Decision.reject("password-common", "password",
                    "This password is too common or too easy to guess: use at least {0} characters, e.g. a few "
                            + "words that belong together only for you", MIN_LENGTH);
        }
        List<String> words = ContextWords.of(java.util.stream.Stream.concat(PRODUCT_WORDS.stream(),
                contextWords == null ? java.util.stream.Stream.<String>empty() : java.util.Arrays.stream(contextWords))
                .toArray(String[]::new));
        String rest = ContextWords.without(normalised, words);
        if (!rest.equals(normalised) && (rest.isBlank() || guessable(rest))) {
            return Decision.reject("password-like-name", "password",
                    "This password is built from your name, your e-mail address, the shop's name or address or "
                            + "the product's name: "
                            + "use at least {0} characters that are not", MIN_LENGTH);
        }
        return Decision.ALLOWED;
    }

    private static boolean isCommon(String password) {
        if (guessable(password)) {
            return true;
        }
        // A listed password dressed up with digits, years or symbols before or after it: "Passwort2024!".
        String core = stripNonLetters(password);
        if (core.length() == password.length() || core.isEmpty() || core.length() > PIECE) {
            return false;
        }
        List<Match> sequence = Estimator.ZXCVBN.measure(core).getSequence();
        return sequence.size() == 1 && PASSWORDS_LIST.equals(sequence.getFirst().dictionaryName)
                && sequence.getFirst().token.length() == core.length();
    }

    /**
     * Fewer than {@link #MIN_GUESSES} guesses? A password of up to {@value #PIECE} characters is estimated whole. A
     * longer one is estimated in consecutive pieces of {@value #PIECE} and is guessable only if every piece is:
     * one strong piece makes the whole strong (a password cannot be easier to guess than a part of it), and long
     * strings of repeats, sequences or listed words stay refused; a repeated run ({@code qwertzuiop} ten times)
     * counts once, as a piece boundary would otherwise hide the repetition. zxcvbn's cost grows steeply with the
     * length (up to ~2 s for 128 leet-heavy characters here), a piece's stays below ~0.1 s.
     */
    private static boolean guessable(String password) {
        int[] codePoints = (password.length() > PIECE ? REPEATS.matcher(password).replaceAll("$1") : password)
                .codePoints().toArray();
        for (int from = 0; from < codePoints.length; from += PIECE) {
            String piece = new String(codePoints, from, Math.min(PIECE, codePoints.length - from));
            if (Estimator.ZXCVBN.measure(piece).getGuesses() >= MIN_GUESSES) {
                return false;
            }
        }
        return true;
    }

    private static String stripNonLetters(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetter(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && !Character.isLetter(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** The words a password must not be built from, and how to take them out of a password. */
    static final class ContextWords {
        private ContextWords() {
        }

        /**
         * Each context text as a whole, without its separators, and each of its words of at least
         * {@value #MIN_WORD_LENGTH} letters (e-mail addresses: the local part and the domain without its last
         * label), each also with umlauts as {@code ae} and as {@code a}; in lower case.
         */
        static List<String> of(@Nullable String... texts) {
            Set<String> words = new LinkedHashSet<>();
            for (String text : texts) {
                if (text == null || text.isBlank()) {
                    continue;
                }
                String t = lower(Normalizer.normalize(text.strip(), Normalizer.Form.NFKC));
                List<String> parts = new ArrayList<>();
                parts.add(t);
                parts.add(t.replaceAll("[\\s._+@-]+", ""));
                int at = t.lastIndexOf('@');
                String splittable = at < 0 ? t : t.substring(0, at) + " " + withoutLastLabel(t.substring(at + 1));
                for (String word : splittable.split("[^\\p{L}\\p{N}]+")) {
                    parts.add(word);
                }
                for (String part : parts) {
                    for (String variant : List.of(part, transliterated(part), withoutMarks(part))) {
                        if (variant.codePointCount(0, variant.length()) >= MIN_WORD_LENGTH
                                && variant.codePoints().anyMatch(Character::isLetter)) {
                            words.add(variant);
                        }
                    }
                }
            }
            return List.copyOf(words);
        }

        /** {@code password} without every place where a context word is spelt (case-insensitive, leet-tolerant). */
        static String without(String password, List<String> words) {
            int[] original = password.codePoints().toArray();
            int[] lower = new int[original.length];
            for (int i = 0; i < original.length; i++) {
                lower[i] = Character.toLowerCase(original[i]);
            }
            boolean[] covered = new boolean[original.length];
            for (String word : words) {
                int[] w = word.codePoints().toArray();
                for (int start = 0; start + w.length <= lower.length; start++) {
                    if (spelt(lower, start, w)) {
                        Arrays.fill(covered, start, start + w.length, true);
                    }
                }
            }
            StringBuilder rest = new StringBuilder();
            for (int i = 0; i < original.length; i++) {
                if (!covered[i]) {
                    rest.appendCodePoint(original[i]);
                }
            }
            return rest.toString();
        }

        private static boolean spelt(int[] password, int start, int[] word) {
            for (int i = 0; i < word.length; i++) {
                int p = password[start + i];
                if (p != word[i] && leet(p).indexOf(word[i]) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** The letters a digit or symbol stands for in leet spelling. */
        private static String leet(int c) {
            return switch (c) {
                case '0' -> "o";
                case '1', '|' -> "il";
                case '!' -> "i";
                case '2' -> "z";
                case '3', '€' -> "e";
                case '4', '@' -> "a";
                case '5', '$' -> "s";
                case '6', '9' -> "g";
                case '7', '+' -> "t";
                case '8' -> "b";
                default -> "";
            };
        }

        private static String lower(String s) {
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
            return out.toString();
        }

        private static String withoutLastLabel(String domain) {
            int dot = domain.lastIndexOf('.');
            return dot < 0 ? domain : domain.substring(0, dot);
        }

        private static String transliterated(String s) {
            return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        }

        private static String withoutMarks(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace("ß", "ss");
        }
    }
}
