package de.stammkunde.api.mail;

import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.domain.mail.LinkMails;
import de.stammkunde.domain.mail.MailQueue;
import de.stammkunde.domain.mail.MailSender;
import de.stammkunde.domain.mail.MailStatus;
import de.stammkunde.domain.mail.MailTransport;
import de.stammkunde.domain.outbox.Outbox;
import de.stammkunde.domain.outbox.PayloadCodec;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mail delivery: by SMTP when {@code spring.mail.host} is set (Spring Boot then provides the sender), otherwise
 * to the log, said once at start-up so nobody wonders where the mails went.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {
    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> sender, StammkundeProperties properties) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.warn("No mail server configured (spring.mail.host): e-mails are written to the log, not sent");
            return new LogMailTransport();
        }
        return new SmtpMailTransport(smtp, properties.mail().from());
    }

    @Bean
    MailQueue mailQueue(Outbox outbox, PayloadCodec codec, Shops shops) {
        return new MailQueue(outbox, codec, shops::verified);
    }

    @Bean
    MailSender mailDelivery(PayloadCodec codec, MessageSource messages, MailTransport transport,
                            StammkundeProperties properties, LinkTokens tokens) {
        return new MailSender(codec, new MessageSourceMailRenderer(messages, properties.publicUrl(), tokens),
                transport);
    }

    @Bean
    LinkMails linkMails(MailQueue queue) {
        return new LinkMails(queue);
    }

    @Bean
    MailStatus mailStatus(Outbox outbox, PayloadCodec codec, MailTransport transport, Clock clock) {
        return new MailStatus(outbox, codec, transport, clock);
    }
}
