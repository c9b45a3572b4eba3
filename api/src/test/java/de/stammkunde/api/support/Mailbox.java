package de.stammkunde.api.support;

import de.stammkunde.api.outbox.OutboxDeliveryJob;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person finds in their inbox: the outbox is delivered (as its job would) to the test mail server, and the
 * newest mail to an address is searched for a link — the way people get activation, invitation and reset links.
 */
public final class Mailbox {
    private final OutboxDeliveryJob outbox;

    public Mailbox(OutboxDeliveryJob outbox) {
        this.outbox = outbox;
    }

    /** The path (with its token) of the newest link to {@code address} under {@code pathPrefix}, e.g. "/invite/". */
    public String link(String address, String pathPrefix) {
        outbox.runNow();
        Pattern link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+)");
        List<MimeMessage> mails = TestMailServer.mailsTo(address);
        for (MimeMessage mail : mails.reversed()) {
            Matcher matcher = link.matcher(text(mail));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no mail to " + address + " with a link to " + pathPrefix + " (" + mails.size()
                + " mails)");
    }

    /** Only the token of that link. */
    public String token(String address, String pathPrefix) {
        return link(address, pathPrefix).substring(pathPrefix.length());
    }

    /** How many mails the address got so far (after delivering what is due). */
    public int count(String address) {
        outbox.runNow();
        return TestMailServer.mailsTo(address).size();
    }

    private static String text(MimeMessage mail) {
        try {
            return mail.getSubject() + "\n" + mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
