package de.stammkunde.api.mail;

import de.stammkunde.domain.mail.MailRenderer;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.mail.OutgoingMail;
import de.stammkunde.domain.mail.RenderedMail;
import java.util.UUID;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Writes a mail in the recipient's language from {@code mail.<template>.subject} and {@code .body} in the
 * message bundles: numbers and dates formatted for that language, and a link to the shop's portal.
 */
final class MessageSourceMailRenderer implements MailRenderer {
    private final MessageSource messages;
    private final String publicUrl;
    private final LinkTokens tokens;

    MessageSourceMailRenderer(MessageSource messages, String publicUrl, LinkTokens tokens) {
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.tokens = tokens;
    }

    @Override
    public RenderedMail render(OutgoingMail mail) {
        Locale locale = mail.language().locale();
        Object[] args = switch (mail.template()) {
            case POINTS_EXPIRING -> pointsExpiring(mail.params(), locale);
            case CASE_ACKNOWLEDGEMENT -> caseAcknowledgement(mail.params(), locale);
            case SATISFACTION_SURVEY -> survey(mail, locale);
            case PORTAL_ACTIVATION, STAFF_INVITATION, STAFF_PASSWORD_RESET, CUSTOMER_PASSWORD_RESET,
                 EMAIL_VERIFICATION -> link(mail, locale);
        };
        String key = "mail." + key(mail.template());
        return new RenderedMail(mail.recipient(), messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale));
    }

    private Object[] pointsExpiring(Map<String, String> params, Locale locale) {
        String points = NumberFormat.getIntegerInstance(locale).format(Long.parseLong(params.get("points")));
        String date = LocalDate.parse(params.get("expiresOn"))
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return new Object[] {params.get("firstName"), points, date, params.get("shopName"), portal(params)};
    }

    /**
     * {0} first name, {1} the shop, {2} the case number, {3} its subject, {4} the sentence saying when the shop opens
     * again (empty if it never does), {5} the portal.
     */
    private Object[] caseAcknowledgement(Map<String, String> params, Locale locale) {
        String next = params.get("nextOpening").isEmpty() ? ""
                : messages.getMessage("mail.case-acknowledgement.next", new Object[] {ZonedDateTime.ofInstant(
                        Instant.parse(params.get("nextOpening")), ZoneId.of(params.get("timeZone")))
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                                .withLocale(locale))}, locale);
        return new Object[] {params.get("firstName"), params.get("shopName"), params.get("caseNumber"),
                params.get("subject"), next, portal(params)};
    }

    /** As {@link #link}, and {4} the case's subject. */
    private Object[] survey(OutgoingMail mail, Locale locale) {
        Object[] link = link(mail, locale);
        return new Object[] {link[0], link[1], link[2], link[3], mail.params().get("subject")};
    }

    /**
     * {0} the name (or the role, for an invitation), {1} the shop's name, {2} the link with its token (derived now,
     * stored nowhere), {3} until when it works, in the shop's time zone.
     */
    private Object[] link(OutgoingMail mail, Locale locale) {
        Map<String, String> params = mail.params();
        String token = tokens.tokenFor(UUID.fromString(params.get("linkId")));
        String until = ZonedDateTime.ofInstant(Instant.parse(params.get("expiresAt")),
                        ZoneId.of(params.get("timeZone")))
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale));
        String name = params.containsKey("name") ? params.get("name")
                : params.containsKey("firstName") ? params.get("firstName")
                : messages.getMessage("mail.role." + params.get("role"), null, params.get("role"), locale);
        return new Object[] {name, params.get("shopName"), publicUrl + mail.template().linkPath() + token, until};
    }

    private String portal(Map<String, String> params) {
        return publicUrl + "/portal/login?shop=" + URLEncoder.encode(params.get("shopSlug"), StandardCharsets.UTF_8);
    }

    private static String key(MailTemplate template) {
        return template.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
