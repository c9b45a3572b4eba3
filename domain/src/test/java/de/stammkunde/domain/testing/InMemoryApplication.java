package de.stammkunde.domain.testing;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.account.ChangePassword;
import de.stammkunde.domain.account.PasswordSetter;
import de.stammkunde.domain.account.ResetPassword;
import de.stammkunde.domain.customer.CreateCustomer;
import de.stammkunde.domain.customer.SendPortalActivation;
import de.stammkunde.domain.mail.LinkMails;
import de.stammkunde.domain.mail.OutgoingMail;
import de.stammkunde.domain.shared.LinkTokens;
import de.stammkunde.domain.staff.InviteStaff;
import de.stammkunde.domain.staff.ManageStaffAccess;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.events.DomainEvent;
import de.stammkunde.domain.events.EventBus;
import de.stammkunde.domain.expiry.ExpirePoints;
import de.stammkunde.domain.expiry.ExpirySubscriptions;
import de.stammkunde.domain.expiry.MailExpiryNotice;
import de.stammkunde.domain.ledger.AdjustPoints;
import de.stammkunde.domain.ledger.Ledger;
import de.stammkunde.domain.ledger.LedgerSubscriptions;
import de.stammkunde.domain.ledger.PublishingLedger;
import de.stammkunde.domain.mail.MailQueue;
import de.stammkunde.domain.mail.MailSender;
import de.stammkunde.domain.mail.RenderedMail;
import de.stammkunde.domain.outbox.DeliverOutbox;
import de.stammkunde.domain.programme.CreditEnrolmentBonuses;
import de.stammkunde.domain.programme.ProgrammeSubscriptions;
import de.stammkunde.domain.purchase.RecordPurchase;
import de.stammkunde.domain.purchase.ReleasePendingPoints;
import de.stammkunde.domain.purchase.ReturnPurchase;
import de.stammkunde.domain.reward.RedeemReward;
import de.stammkunde.domain.reward.UseVoucher;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.PasswordHasher;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.account.RegisterShop;
import de.stammkunde.domain.account.VerifyShopEmail;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.tier.TierEvaluation;
import de.stammkunde.domain.tier.TierSubscriptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The application wired as the api module wires it — the same use cases, the same event subscriptions — on
 * in-memory ports, so use cases and their reactions are tested in milliseconds.
 */
public final class InMemoryApplication {
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    public final MutableClock clock = new MutableClock(T0);
    public final InMemoryShops shops = new InMemoryShops();
    public final InMemoryStaff staff = new InMemoryStaff();
    public final InMemoryCustomers customers = new InMemoryCustomers();
    public final InMemoryPortalActivations activations = new InMemoryPortalActivations();
    public final InMemoryLedger ledgerStore = new InMemoryLedger();
    public final InMemoryPurchases purchases = new InMemoryPurchases();
    public final InMemoryProgrammes programmes = new InMemoryProgrammes();
    public final InMemoryPromotions promotions = new InMemoryPromotions();
    public final InMemoryTiers tiers = new InMemoryTiers(purchases);
    public final InMemoryRewards rewards = new InMemoryRewards();
    public final InMemoryVouchers vouchers = new InMemoryVouchers();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryExpiryNotices notices = new InMemoryExpiryNotices();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final InMemoryCodec codec = new InMemoryCodec();
    public final DirectUnitOfWork work = new DirectUnitOfWork();
    public final EventBus events = new EventBus(outbox, codec, clock);
    public final Ledger ledger = new PublishingLedger(ledgerStore, events);
    public final PasswordHasher passwords = new PasswordHasher() {
        @Override
        public String hash(String rawPassword) {
            return "hashed:" + rawPassword;
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            return hash.equals(hash(rawPassword));
        }

        @Override
        public boolean needsRehash(String hash) {
            return false;
        }
    };
    /** Every fact published, in order. */
    public final List<DomainEvent> published = new ArrayList<>();
    /** Mails handed to the (fake) mail server. */
    public final List<RenderedMail> sent = new ArrayList<>();

    public final TierEvaluation tierEvaluation = new TierEvaluation(tiers, events, clock);
    public final MailQueue mailQueue = new MailQueue(outbox, codec, shops::verified);
    public final LinkMails linkMails = new LinkMails(mailQueue);
    /** Link tokens as the server derives them (a fixed key stands in for the server's). */
    public final LinkTokens linkTokens = id -> "token-" + id;
    public final InMemoryAccounts accounts = new InMemoryAccounts(staff, customers);
    /** The shop's name and address, for the password rules. */
    public final de.stammkunde.domain.shared.ShopWords shopWords = id -> shops.byId(id)
            .map(s -> List.of(s.name(), s.slug())).orElse(List.of());
    public final InMemoryAccountLinks accountLinks = new InMemoryAccountLinks();

    public InMemoryApplication() {
        events.inTransaction(DomainEvent.class, published::add);
        events.register(new LedgerSubscriptions(ledger));
        events.register(new ProgrammeSubscriptions(programmes,
                new CreditEnrolmentBonuses(programmes, customers, ledger)));
        events.register(new TierSubscriptions(tierEvaluation));
        events.register(new ExpirySubscriptions(new MailExpiryNotice(shops, customers, mailQueue, clock)));
    }

    public RegisterShop registerShop() {
        return new RegisterShop(shops, staff, events, audit, passwords, verifyShopEmail(), clock);
    }

    public VerifyShopEmail verifyShopEmail() {
        return new VerifyShopEmail(shops, accounts, accountLinks, linkTokens, linkMails, mailQueue, audit, clock);
    }

    public SendPortalActivation sendPortalActivation() {
        return new SendPortalActivation(shops, customers, activations, linkTokens, linkMails, audit, clock);
    }

    public CreateCustomer createCustomer() {
        return new CreateCustomer(shops, customers, sendPortalActivation(), events, audit, clock);
    }

    public InviteStaff inviteStaff() {
        return new InviteStaff(shops, staff, new InMemoryInvitations(), linkTokens, linkMails, audit, clock);
    }

    public ManageStaffAccess manageStaffAccess() {
        return new ManageStaffAccess(staff, events, audit, clock);
    }

    public ResetPassword resetPassword() {
        return new ResetPassword(shops, accounts, accountLinks, linkTokens, linkMails, sendPortalActivation(),
                new PasswordSetter(passwords, shopWords), events, audit, clock);
    }

    public ChangePassword changePassword() {
        return new ChangePassword(accounts, accountLinks, passwords, new PasswordSetter(passwords, shopWords), events,
                audit, clock);
    }

    /** The mails queued so far (not yet delivered), as the outbox holds them. */
    public java.util.List<OutgoingMail> queuedMails() {
        return outbox.ofTopic(MailQueue.TOPIC).stream()
                .map(r -> de.stammkunde.domain.mail.QueuedMails.read(codec, r.message())).toList();
    }

    public RecordPurchase recordPurchase() {
        return new RecordPurchase(shops, customers, purchases, programmes, promotions, tierEvaluation, ledger, events,
                shopId -> java.util.Optional.empty(), clock);
    }

    public ReturnPurchase returnPurchase() {
        return new ReturnPurchase(purchases, ledger, events, clock);
    }

    public ReleasePendingPoints releasePendingPoints() {
        return new ReleasePendingPoints(purchases, ledger, clock);
    }

    public RedeemReward redeemReward() {
        return new RedeemReward(rewards, customers, ledger, vouchers, events, clock);
    }

    public UseVoucher useVoucher() {
        return new UseVoucher(vouchers, events, clock);
    }

    public AdjustPoints adjustPoints() {
        return new AdjustPoints(customers, ledger, audit, clock);
    }

    public ExpirePoints expirePoints() {
        return new ExpirePoints(shops, programmes, purchases, ledger, notices, events, clock);
    }

    /** The outbox job: mail (rendered as "subject / text" in the recipient's language) and events. */
    public DeliverOutbox deliverOutbox() {
        MailSender mail = new MailSender(codec, m -> new RenderedMail(m.recipient(),
                m.template() + " " + m.language(), m.params().toString()), sent::add);
        return new DeliverOutbox(outbox, List.of(mail, events), work, clock, DeliverOutbox.DEFAULT_LEASE);
    }

    /** Runs the outbox job until nothing is due; returns how many messages it handled. */
    public int deliverAll() {
        DeliverOutbox deliver = deliverOutbox();
        int n = 0;
        while (deliver.deliverNext().isPresent()) {
            n++;
        }
        return n;
    }

    public Shop shop() {
        Shop shop = new Shop(ShopId.newId(), "shop-" + shops.all().size(), "Bäckerei Sonnenschein",
                Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
        shops.add(shop, Actor.SYSTEM);
        shops.markVerified(shop.id(), clock.instant()); // an established shop: its owner confirmed the address
        return shop;
    }

    public Customer customer(Shop shop, String firstName, String email) {
        return createCustomer().create(shop.id(), new CreateCustomer.Command(firstName, "Muster", email, null,
                AcquisitionChannel.IN_STORE, null), Actor.SYSTEM).customer();
    }

    public <E extends DomainEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void advance(Duration duration) {
        clock.advance(duration);
    }
}
