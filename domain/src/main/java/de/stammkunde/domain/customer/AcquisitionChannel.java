package de.stammkunde.domain.customer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a customer found the shop; acquisition cost and lifetime value are compared per channel. Every shop has the
 * built-in channels (renameable) and may add its own (flyer, marketplace, …); a channel is known by its code, an
 * upper-case word like {@code IN_STORE} or {@code FLYER}.
 */
public record AcquisitionChannel(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    public static final AcquisitionChannel IN_STORE = new AcquisitionChannel("IN_STORE");
    public static final AcquisitionChannel WEBSITE = new AcquisitionChannel("WEBSITE");
    public static final AcquisitionChannel SOCIAL_MEDIA = new AcquisitionChannel("SOCIAL_MEDIA");
    public static final AcquisitionChannel REFERRAL = new AcquisitionChannel("REFERRAL");
    public static final AcquisitionChannel ADVERTISING = new AcquisitionChannel("ADVERTISING");
    public static final AcquisitionChannel EVENT = new AcquisitionChannel("EVENT");
    public static final AcquisitionChannel PARTNER = new AcquisitionChannel("PARTNER");
    public static final AcquisitionChannel OTHER = new AcquisitionChannel("OTHER");

    /** The channels every shop has. */
    public static final List<AcquisitionChannel> BUILT_IN =
            List.of(IN_STORE, WEBSITE, SOCIAL_MEDIA, REFERRAL, ADVERTISING, EVENT, PARTNER, OTHER);

    public AcquisitionChannel {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A channel code is an upper-case word of 2 to 32 letters, digits or _");
        }
    }

    /** Whether {@code text} has the form of a channel code. */
    public static boolean isCode(String text) {
        return CODE.matcher(text).matches();
    }

    /**
     * The code for a channel the owner names, e.g. "Flyer am Markt" → {@code FLYER_AM_MARKT}, "Märkte" →
     * {@code MAERKTE}: German letters spelled out, everything else that is not a letter or digit becomes {@code _}.
     */
    public static String codeFor(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT)
                .replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ẞ", "SS").replace("ß", "SS");
        String code = upper.replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
            code = "C_" + code;
        }
        return code.length() > 32 ? code.substring(0, 32).replaceAll("_+$", "") : code;
    }

    public boolean builtIn() {
        return BUILT_IN.contains(this);
    }

    @Override
    public String toString() {
        return code;
    }
}
