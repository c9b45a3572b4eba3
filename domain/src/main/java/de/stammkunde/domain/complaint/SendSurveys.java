package de.stammkunde.domain.complaint;

import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.mail.MailQueue;
import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.mail.OutgoingMail;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.shop.Shops;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Use case (a job): one day after a case was closed, the customer gets the follow-up survey by mail — once per case,
 * however often the case is reopened and closed again, and only within a week of closing (a job that was down for
 * longer does not send stale surveys). Customers without an address get none; their case is not asked again.
 */
public final class SendSurveys {
    public static final Duration AFTER = Duration.ofDays(1);
    public static final Duration AT_MOST = Duration.ofDays(7);
    public static final Duration VALID_FOR = Duration.ofDays(14);

    private final Surveys surveys;
    private final ComplaintCases cases;
    private final Customers customers;
    private final Shops shops;
    private final MailQueue mail;
    private final LinkTokens tokens;
    private final Clock clock;

    public SendSurveys(Surveys surveys, ComplaintCases cases, Customers customers, Shops shops, MailQueue mail,
                       LinkTokens tokens, Clock clock) {
        this.surveys = surveys;
        this.cases = cases;
        this.customers = customers;
        this.shops = shops;
        this.mail = mail;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The cases due now (closed one to seven days ago, not surveyed), at most {@code limit}. */
    public List<Surveys.Due> due(int limit) {
        Instant now = clock.instant();
        return surveys.due(now.minus(AT_MOST), now.minus(AFTER), limit);
    }

    /** Sends the survey of one due case (in its own transaction); false if it had one already. */
    public boolean send(Surveys.Due due) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        SatisfactionSurvey survey = new SatisfactionSurvey(due.shopId(), id, due.caseId(), due.customerId(), now,
                now.plus(VALID_FOR), null, Satisfaction.NONE, null);
        if (!surveys.add(survey, tokens.hashFor(id))) {
            return false;
        }
        Customer customer = customers.byId(due.shopId(), due.customerId()).orElse(null);
        if (customer == null || customer.email() == null) {
            return true; // recorded as surveyed: nobody to ask
        }
        Shop shop = shops.byId(due.shopId()).orElseThrow();
        ComplaintCase c = cases.byId(due.shopId(), due.caseId()).orElseThrow();
        mail.queue(new OutgoingMail(shop.id(), UUID.randomUUID(), "survey:" + due.caseId(), customer.email(),
                customer.preferredLanguage(), MailTemplate.SATISFACTION_SURVEY, Map.of("firstName",
                customer.firstName(), "shopName", shop.name(), "subject", c.subject(), "linkId", id.toString(),
                "expiresAt", survey.expiresAt().toString(), "timeZone", shop.timeZone().getId())), now, Actor.SYSTEM);
        return true;
    }
}
