package de.stammkunde.api.mail;

import de.stammkunde.domain.mail.MailRenderer;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.mail.OutgoingMail;
import de.stammkunde.domain.mail.RenderedMail;
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

    MessageSourceMailRenderer(MessageSource messages, String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Override
    public RenderedMail render(OutgoingMail mail) {
        Locale locale = mail.language().locale();
        Object[] args = switch (mail.template()) {
            case POINTS_EXPIRING -> pointsExpiring(mail.params(), locale);
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

    private String portal(Map<String, String> params) {
        return publicUrl + "/portal/login?shop=" + URLEncoder.encode(params.get("shopSlug"), StandardCharsets.UTF_8);
    }

    private static String key(MailTemplate template) {
        return template.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
