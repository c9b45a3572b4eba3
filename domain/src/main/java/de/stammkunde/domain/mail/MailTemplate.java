package de.stammkunde.domain.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mails we send, each with the parameters its text needs (rendered in the recipient's language). A mail with a
 * link names the link's id ({@code linkId}) and the page it opens ({@link #linkPath}); its secret token is derived
 * when the mail is written and never stored (see {@link de.stammkunde.domain.shared.LinkTokens}).
 */
public enum MailTemplate {
    /** Points expire soon: first name, points, the date they expire on (ISO), the shop's name and address. */
    POINTS_EXPIRING(List.of("firstName", "points", "expiresOn", "shopName", "shopSlug"), null),
    /** A new customer sets the portal password: first name, shop, until when (ISO instant) the link works. */
    PORTAL_ACTIVATION(List.of("firstName", "shopName", "shopSlug", "linkId", "expiresAt", "timeZone"),
            "/portal/activate/"),
    /** An owner invites staff: the shop's name, the role, until when the link works. */
    STAFF_INVITATION(List.of("shopName", "role", "linkId", "expiresAt", "timeZone"), "/invite/"),
    /** A forgotten staff password: name, shop, until when the link works. */
    STAFF_PASSWORD_RESET(List.of("name", "shopName", "shopSlug", "linkId", "expiresAt", "timeZone"),
            "/reset-password/"),
    /** A forgotten portal password: first name, shop, until when the link works. */
    CUSTOMER_PASSWORD_RESET(List.of("name", "shopName", "shopSlug", "linkId", "expiresAt", "timeZone"),
            "/portal/reset-password/"),
    /**
     * A customer's request came in outside business hours: first name, shop, the case's number and subject, when
     * the shop opens next (ISO instant, or empty) in its zone.
     */
    CASE_ACKNOWLEDGEMENT(List.of("firstName", "shopName", "shopSlug", "caseNumber", "subject", "nextOpening",
            "timeZone"), null),
    /** The follow-up survey of a closed case: first name, shop, the case's subject, the link, until when it works. */
    SATISFACTION_SURVEY(List.of("firstName", "shopName", "subject", "linkId", "expiresAt", "timeZone"), "/survey/"),
    /** A new shop's owner confirms the address: name, the shop's name, until when the link works. */
    EMAIL_VERIFICATION(List.of("name", "shopName", "linkId", "expiresAt", "timeZone"), "/verify-email/", true);

    private final List<String> parameters;
    private final @Nullable String linkPath;
    private final boolean beforeVerification;

    MailTemplate(List<String> parameters, @Nullable String linkPath) {
        this(parameters, linkPath, false);
    }

    MailTemplate(List<String> parameters, @Nullable String linkPath, boolean beforeVerification) {
        this.parameters = parameters;
        this.linkPath = linkPath;
        this.beforeVerification = beforeVerification;
    }

    /**
     * Whether the mail goes out before the shop's owner confirmed the address. Only the confirmation itself does:
     * everything else a new shop sends waits (held) until then, so nobody can sign up a shop to mail strangers.
     */
    public boolean beforeVerification() {
        return beforeVerification;
    }

    public List<String> parameters() {
        return parameters;
    }

    /** The page the mail's link opens (followed by the link's token), or null for a mail without a link. */
    public @Nullable String linkPath() {
        return linkPath;
    }
}
