package de.stammkunde.api.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) for the HTTP tests, on a free port, started once per run; the application sends
 * its mail there. Tests look at the mails to their own (unique) recipients, so they do not see each other's.
 */
public final class TestMailServer {
    private static GreenMail server;
    private static int port;

    private TestMailServer() {
    }

    public static synchronized int port() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            port = server.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
        }
        return port;
    }

    /** The mails received for this address so far. */
    public static List<MimeMessage> mailsTo(String address) {
        port();
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Stops the server (the mail server is "down") until {@link #restart()}. */
    public static synchronized void stop() {
        port();
        server.stop();
    }

    /** Starts it again on the same port. */
    public static synchronized void restart() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }
}
