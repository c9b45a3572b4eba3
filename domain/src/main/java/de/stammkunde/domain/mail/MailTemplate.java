package de.stammkunde.domain.mail;

import java.util.List;

/** The mails we send, each with the parameters its text needs (rendered in the recipient's language). */
public enum MailTemplate {
    /** Points expire soon: first name, points, the date they expire on (ISO), the shop's name and address. */
    POINTS_EXPIRING(List.of("firstName", "points", "expiresOn", "shopName", "shopSlug"));

    private final List<String> parameters;

    MailTemplate(List<String> parameters) {
        this.parameters = parameters;
    }

    public List<String> parameters() {
        return parameters;
    }
}
