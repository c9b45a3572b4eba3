package de.stammkunde.api.complaint;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.demo.DemoSeed;
import de.stammkunde.api.demo.DemoShop;
import de.stammkunde.domain.complaint.CaseAction;
import de.stammkunde.domain.complaint.CaseCategory;
import de.stammkunde.domain.complaint.CaseCommand;
import de.stammkunde.domain.complaint.ComplaintCase;
import de.stammkunde.domain.complaint.ComplaintCases;
import de.stammkunde.domain.complaint.OpenCase;
import de.stammkunde.domain.complaint.Satisfaction;
import de.stammkunde.domain.complaint.Severity;
import de.stammkunde.domain.complaint.WorkCase;
import de.stammkunde.domain.complaint.SatisfactionSurvey;
import de.stammkunde.domain.complaint.SendSurveys;
import de.stammkunde.domain.complaint.ServiceStandard;
import de.stammkunde.domain.complaint.ServiceStandardsDesk;
import de.stammkunde.domain.complaint.Surveys;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.goodwill.DecideGesture;
import de.stammkunde.domain.goodwill.Gesture;
import de.stammkunde.domain.goodwill.GestureEffects;
import de.stammkunde.domain.goodwill.GestureKind;
import de.stammkunde.domain.goodwill.Gestures;
import de.stammkunde.domain.goodwill.ManageSubscriptions;
import de.stammkunde.domain.goodwill.OfferGesture;
import de.stammkunde.domain.goodwill.Subscription;
import de.stammkunde.domain.goodwill.Subscriptions;
import de.stammkunde.domain.reward.Reward;
import de.stammkunde.domain.reward.Rewards;
import de.stammkunde.domain.shared.LinkTokens;
import java.math.BigDecimal;
import java.util.UUID;
import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.contact.CustomerType;
import de.stammkunde.domain.contact.Direction;
import de.stammkunde.domain.contact.RecordContact;
import de.stammkunde.domain.contact.ServiceContacts;
import de.stammkunde.domain.customer.Customers;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffMembers;
import de.stammkunde.domain.staff.StaffRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo: a month of the bakery's service desk — complaints on every channel, in every step of the cycle, one handed
 * on, one reopened, the closed ones with their satisfaction check and follow-up survey, goodwill of every kind (one
 * request waiting for the owner's approval, one approved refund waiting to be paid), two service standards — each
 * step stamped when it happened (the use cases run on a clock set to that moment), beside contacts on every channel.
 */
@Component
@Profile("demo")
class ComplaintDemo implements DemoSeed {
    /** How far a scenario gets: the step it stops before, or closed (reopened once, too). */
    private enum Reach { GREET, UNDERSTAND, AGREE, DELIVER, CLOSE, CLOSED, REOPENED_AND_CLOSED }

    private record Scenario(int daysAgo, String subject, CaseCategory category, Severity severity, Channel channel,
                            @Nullable CustomerType type, Reach reach, boolean byCustomer, boolean handedOn,
                            String facts, String expectation, String agreement, String action,
                            Satisfaction satisfaction) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario(26, "Brötchen waren hart", CaseCategory.PRODUCT_QUALITY, Severity.MEDIUM, Channel.PHONE,
                    CustomerType.GRUMBLER, Reach.CLOSED, false, false, "Sonntagsbrötchen vom Vortag verkauft",
                    "Frische Brötchen", "Zehn Brötchen gratis beim nächsten Einkauf", "Brötchen zurücklegen",
                    new Satisfaction(3, 4, 5, 2)),
            new Scenario(19, "Torte falsch beschriftet", CaseCategory.PRODUCT_QUALITY, Severity.HIGH,
                    Channel.IN_STORE, CustomerType.SHOW_OFF, Reach.CLOSED, false, true, "„Anne“ statt „Anna“",
                    "Neue Torte bis Samstag", "Neue Torte, Preis halbiert", "Torte neu backen und liefern",
                    new Satisfaction(4, 3, 3, 4)),
            new Scenario(14, "Punkte nicht gutgeschrieben", CaseCategory.LOYALTY_PROGRAMME, Severity.LOW,
                    Channel.EMAIL, CustomerType.KNOW_IT_ALL, Reach.REOPENED_AND_CLOSED, false, false,
                    "Kassenbon ohne Kundennummer", "Punkte nachbuchen", "Punkte werden nachgebucht",
                    "Punkte nachbuchen", new Satisfaction(3, 3, 4, 3)),
            new Scenario(6, "Vorbestellung vergessen", CaseCategory.SERVICE, Severity.MEDIUM, Channel.SMS,
                    CustomerType.INDECISIVE, Reach.CLOSED, false, false, "Bestellung nicht im Buch",
                    "Entschuldigung und Ersatz", "Ersatz am Folgetag und ein Kaffee", "Bestellbuch prüfen",
                    new Satisfaction(4, 4, 4, 2)),
            new Scenario(4, "Kuchen zu süß", CaseCategory.PRODUCT_QUALITY, Severity.LOW, Channel.CHAT, null,
                    Reach.CLOSE, false, false, "Neues Rezept seit Montag", "Weniger Zucker",
                    "Rezept wird angepasst", "Backstube informieren", Satisfaction.NONE),
            new Scenario(3, "Lieferung Catering zu spät", CaseCategory.DELIVERY, Severity.HIGH, Channel.EMAIL,
                    CustomerType.SUSPICIOUS, Reach.DELIVER, false, true, "Fahrer im Stau, 40 Minuten zu spät",
                    "Teilerstattung der Liefergebühr", "Liefergebühr wird erstattet", "Gebühr erstatten",
                    Satisfaction.NONE),
            new Scenario(2, "Preis auf Kassenbon falsch", CaseCategory.BILLING, Severity.MEDIUM, Channel.LETTER,
                    CustomerType.SUSPICIOUS, Reach.AGREE, false, false, "Angebotspreis nicht an der Kasse",
                    "Differenz zurück", "", "", Satisfaction.NONE),
            new Scenario(1, "Unfreundliche Bedienung", CaseCategory.STAFF, Severity.MEDIUM, Channel.SOCIAL,
                    CustomerType.SHOW_OFF, Reach.UNDERSTAND, false, false, "", "", "", "", Satisfaction.NONE),
            new Scenario(1, "Rechnung für Firmenfeier", CaseCategory.BILLING, Severity.LOW, Channel.FAX, null,
                    Reach.GREET, false, false, "", "", "", "", Satisfaction.NONE),
            new Scenario(0, "Gibt es glutenfreie Brötchen?", CaseCategory.SERVICE, Severity.LOW, Channel.WEB_FORM,
                    null, Reach.GREET, true, false, "", "", "", "", Satisfaction.NONE));

    private final Customers customers;
    private final ComplaintCases cases;
    private final ServiceContacts contacts;
    private final Shops shops;
    private final StaffMembers staff;
    private final DomainEvents events;
    private final Rewards rewards;
    private final Subscriptions subscriptions;
    private final Gestures gestures;
    private final GestureEffects effects;
    private final AuditLog audit;
    private final Surveys surveys;
    private final LinkTokens tokens;
    private final ServiceStandardsDesk standards;
    private final Transactions tx;

    ComplaintDemo(Customers customers, ComplaintCases cases, ServiceContacts contacts, Shops shops,
                  StaffMembers staff, DomainEvents events, Rewards rewards, Subscriptions subscriptions,
                  Gestures gestures, GestureEffects effects, AuditLog audit, Surveys surveys, LinkTokens tokens,
                  ServiceStandardsDesk standards, Transactions tx) {
        this.rewards = rewards;
        this.subscriptions = subscriptions;
        this.gestures = gestures;
        this.effects = effects;
        this.audit = audit;
        this.surveys = surveys;
        this.tokens = tokens;
        this.standards = standards;
        this.customers = customers;
        this.cases = cases;
        this.contacts = contacts;
        this.shops = shops;
        this.staff = staff;
        this.events = events;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void seed(DemoShop demo) {
        tx.run(() -> {
            standards.add(demo.shop().id(), "Anrufe innerhalb von 2 Minuten angenommen",
                    ServiceStandard.Metric.FIRST_RESPONSE, Channel.PHONE, 2, new BigDecimal("90"), demo.owner());
            standards.add(demo.shop().id(), "Beschwerden innerhalb von 3 Tagen gelöst",
                    ServiceStandard.Metric.RESOLUTION, null, 3 * 24 * 60, new BigDecimal("95"), demo.owner());
        });
        List<DemoShop.Member> members = demo.members();
        StaffId agent = staff.all(demo.shop().id()).stream().filter(m -> m.role() == StaffRole.AGENT)
                .map(StaffMember::id).findFirst().orElseThrow();
        StaffId owner = new StaffId(demo.owner().id());
        for (int i = 0; i < SCENARIOS.size(); i++) {
            Scenario s = SCENARIOS.get(i);
            DemoShop.Member member = i == 0 || i == 6 ? members.stream().filter(DemoShop.Member::demoCustomer)
                    .findFirst().orElseThrow() : members.get((i * 37) % members.size());
            // the complaint came in on that day at 10:xx in the shop's zone (today: an hour ago)
            Instant received = s.daysAgo() == 0 ? demo.now().minus(Duration.ofHours(1))
                    : demo.today().minusDays(s.daysAgo()).atTime(LocalTime.of(10, 7 * i % 60))
                    .atZone(demo.shop().timeZone()).toInstant();
            tx.run(() -> seed(demo, s, member, received, s.handedOn() ? owner : agent, agent));
        }
    }

    private void seed(DemoShop demo, Scenario s, DemoShop.Member member, Instant received, StaffId worker,
                      StaffId agent) {
        var shop = demo.shop().id();
        Actor opener = s.byCustomer() ? Actor.customer(member.id()) : Actor.staff(agent);
        new RecordContact(customers, contacts, events, at(received.plus(Duration.ofMinutes(15)))).record(shop, member.id(),
                new RecordContact.Command(s.channel(), Direction.INBOUND, received,
                        s.byCustomer() ? null : received.plus(Duration.ofMinutes(3)),
                        s.byCustomer() ? null : received.plus(Duration.ofMinutes(12)), s.byCustomer() ? null : 9,
                        s.subject(), null, s.type()), opener);
        ComplaintCase c = new OpenCase(customers, cases, events, at(received)).open(shop, new OpenCase.Command(
                member.id(), s.subject(), null, s.category(), s.severity(), s.channel(), s.type(), received), opener);
        if (s.reach() == Reach.GREET) {
            return;
        }
        Instant t = received.plus(Duration.ofMinutes(4));
        Actor by = Actor.staff(agent);
        t = step(c, new CaseCommand.Acknowledge("„Guten Tag, schön, von Ihnen zu hören.“"), by, t);
        if (s.handedOn()) {
            t = step(c, new CaseCommand.Assign(worker, "Chefsache"), Actor.staff(worker), t);
            by = Actor.staff(worker);
        }
        if (s.reach() == Reach.UNDERSTAND) {
            return;
        }
        t = step(c, new CaseCommand.Understand(s.facts(), s.expectation()), by, t);
        if (s.reach() == Reach.AGREE) {
            return;
        }
        t = step(c, new CaseCommand.Agree("Ersatz, Gutschein oder Erstattung", s.agreement()), by, t);
        t = goodwill(demo, s, c, member, agent, t);
        var planned = new WorkCase(shops, staff, cases, events, at(t)).apply(shop, c.id(),
                new CaseCommand.PlanAction(s.action(), dayOf(demo, t).plusDays(1)), by);
        t = t.plus(Duration.ofMinutes(20));
        if (s.reach() == Reach.DELIVER) {
            return;
        }
        CaseAction action = planned.actions().getFirst();
        t = step(c, new CaseCommand.CompleteAction(action.id()), by, t.plus(Duration.ofHours(20)));
        t = step(c, new CaseCommand.Deliver(), by, t);
        if (s.reach() == Reach.CLOSE) {
            return;
        }
        t = step(c, new CaseCommand.Close(s.satisfaction(), "„Vielen Dank, dass Sie uns darauf aufmerksam gemacht "
                + "haben.“"), by, t);
        if (s.reach() == Reach.REOPENED_AND_CLOSED) {
            t = step(c, new CaseCommand.Reopen("Punkte fehlen weiterhin"), Actor.staff(agent), t.plus(
                    Duration.ofDays(2)));
            t = step(c, new CaseCommand.Understand("Nachbuchung auf falsches Konto", "Punkte auf ihr Konto"),
                    Actor.staff(agent), t);
            t = step(c, new CaseCommand.Agree("Nachbuchen", "Punkte auf das richtige Konto"), Actor.staff(agent), t);
            t = step(c, new CaseCommand.Deliver(), Actor.staff(agent), t);
            t = step(c, new CaseCommand.Close(s.satisfaction(), null), Actor.staff(agent), t);
        }
        survey(c, s, t);
    }

    /**
     * The gesture each scenario agreed on: a voucher, a gift, bonus points, a free month of the bread subscription;
     * the catering's delivery fee waits for the owner's approval, the cake's refund was approved and waits to be paid.
     */
    private Instant goodwill(DemoShop demo, Scenario s, ComplaintCase c, DemoShop.Member member, StaffId agent,
                             Instant t) {
        var shop = demo.shop().id();
        Actor byAgent = Actor.staff(agent);
        OfferGesture offer = new OfferGesture(shops, staff, cases, rewards, subscriptions, gestures, effects, audit,
                at(t));
        Gesture given = switch (s.subject()) {
            case "Brötchen waren hart" -> offer.offer(shop, new OfferGesture.Command(c.id(), GestureKind.VOUCHER,
                    null, rewards.all(shop, true).stream().min(java.util.Comparator.comparingLong(Reward::pointsCost))
                    .orElseThrow().id(), null, null, null, null), byAgent);
            case "Torte falsch beschriftet" -> offer.offer(shop, new OfferGesture.Command(c.id(), GestureKind.GIFT,
                    null, null, null, null, "Blumenstrauß zur Feier", new BigDecimal("12.00")), demo.owner());
            case "Punkte nicht gutgeschrieben" -> offer.offer(shop, new OfferGesture.Command(c.id(),
                    GestureKind.BONUS_POINTS, 200L, null, null, null, null, null), byAgent);
            case "Vorbestellung vergessen" -> {
                Subscription abo = new ManageSubscriptions(shops, customers, subscriptions, audit, at(t)).add(shop,
                        member.id(), "Brötchen-Abo (Samstag)", new BigDecimal("9.90"), dayOf(demo, t).plusDays(20),
                        byAgent);
                yield offer.offer(shop, new OfferGesture.Command(c.id(), GestureKind.FREE_MONTHS, null, null,
                        abo.id(), 1, null, null), byAgent);
            }
            case "Lieferung Catering zu spät" -> offer.offer(shop, new OfferGesture.Command(c.id(),
                    GestureKind.FEE_REFUND, null, null, null, null, "Liefergebühr Catering", new BigDecimal("15.00")),
                    byAgent);
            case "Kuchen zu süß" -> {
                Gesture asked = offer.offer(shop, new OfferGesture.Command(c.id(), GestureKind.FEE_REFUND, null, null,
                        null, null, "Aufpreis Sahnetorte", new BigDecimal("12.00")), byAgent);
                yield new DecideGesture(shops, cases, gestures, effects, audit, at(t.plusSeconds(1800)))
                        .approve(shop, asked.id(), "Stammkundin seit Jahren", demo.owner());
            }
            default -> null;
        };
        return given == null ? t : t.plus(Duration.ofMinutes(40));
    }

    /** The follow-up survey of the older closed cases: two answered, one still open. */
    private void survey(ComplaintCase c, Scenario s, Instant closedAt) {
        Satisfaction answer = switch (s.subject()) {
            case "Brötchen waren hart" -> new Satisfaction(3, 4, 5, 2);
            case "Vorbestellung vergessen" -> new Satisfaction(4, 4, 4, 3);
            case "Torte falsch beschriftet" -> Satisfaction.NONE;
            default -> null;
        };
        if (answer == null) {
            return;
        }
        Instant sent = closedAt.plus(SendSurveys.AFTER);
        UUID id = UUID.randomUUID();
        SatisfactionSurvey survey = new SatisfactionSurvey(c.shopId(), id, c.id(), c.customerId(), sent,
                sent.plus(SendSurveys.VALID_FOR), null, Satisfaction.NONE, null);
        surveys.add(survey, tokens.hashFor(id));
        if (answer != Satisfaction.NONE) {
            surveys.saveAnswer(new SatisfactionSurvey(c.shopId(), id, c.id(), c.customerId(), sent,
                    survey.expiresAt(), sent.plus(Duration.ofHours(5)), answer, "Danke, alles gut gelöst."));
        }
    }

    /** Applies the command at {@code t} and returns a moment a little later for the next one. */
    private Instant step(ComplaintCase c, CaseCommand command, Actor by, Instant t) {
        new WorkCase(shops, staff, cases, events, at(t)).apply(c.shopId(), c.id(), command, by);
        return t.plus(Duration.ofMinutes(25));
    }

    private static java.time.LocalDate dayOf(DemoShop demo, Instant t) {
        return java.time.LocalDate.ofInstant(t, demo.shop().timeZone());
    }

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }
}
