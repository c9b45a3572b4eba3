package de.stammkunde.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.ledger.Balance;
import de.stammkunde.domain.ledger.LedgerEntry;
import de.stammkunde.domain.ledger.LedgerEntryType;
import de.stammkunde.domain.ledger.PointsComponent;
import de.stammkunde.domain.programme.Bonuses;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.SecretTokens;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.testing.InMemoryApplication;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnrollingACustomerOpensTheAccountAndPaysTheBonuses {
    private final InMemoryApplication app = new InMemoryApplication();
    private final Shop shop = app.shop();

    private CreateCustomer.Created enrol(String first, String email, CustomerId referredBy) {
        return app.createCustomer().create(shop.id(), new CreateCustomer.Command(first, "Muster", email, null,
                AcquisitionChannel.SOCIAL_MEDIA, LocalDate.of(2026, 2, 1), referredBy), Actor.SYSTEM);
    }

    @Test
    void aNewCustomerHasAZeroAccountANumberAndAnActivationLinkForTheirAddress() {
        CreateCustomer.Created created = enrol("Erika", " Erika.Muster@Example.DE ", null);

        Customer erika = created.customer();
        assertThat(erika.number()).isEqualTo(10_001);
        assertThat(erika.email()).isEqualTo("erika.muster@example.de");
        assertThat(app.ledgerStore.hasAccount(shop.id(), erika.id())).isTrue();
        assertThat(app.ledger.balance(shop.id(), erika.id())).isEqualTo(Balance.ZERO);
        assertThat(created.activation()).isNotNull();
        assertThat(created.activation().mailedTo()).isEqualTo("erika.muster@example.de");
        assertThat(created.activation().expiresAt()).isEqualTo(InMemoryApplication.T0.plus(java.time.Duration.ofHours(72)));
        var link = app.activations.activations.getFirst();
        assertThat(link.tokenHash()).as("the token itself is stored nowhere")
                .isEqualTo(SecretTokens.hash(app.linkTokens.tokenFor(link.id())));
        assertThat(app.queuedMails()).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("erika.muster@example.de");
            assertThat(m.template()).isEqualTo(de.stammkunde.domain.mail.MailTemplate.PORTAL_ACTIVATION);
            assertThat(m.params()).containsEntry("linkId", link.id().toString()).containsEntry("firstName", "Erika")
                    .doesNotContainValue(app.linkTokens.tokenFor(link.id()));
        });
        assertThat(app.published(CustomerEnrolled.class)).singleElement().satisfies(e -> {
            assertThat(e.customerId()).isEqualTo(erika.id());
            assertThat(e.channel()).isEqualTo(AcquisitionChannel.SOCIAL_MEDIA.code());
            assertThat(e.acquiredOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        });
        assertThat(app.audit.actions()).containsExactly("customer.portal-link-sent", "customer.created");
    }

    @Test
    void theWelcomeBonusIsCreditedAndAReferralPaysBothSidesWhoseChannelBecomesReferral() {
        app.programmes.saveBonuses(shop.id(), new Bonuses(50, 100, 30), Actor.SYSTEM);
        Customer anna = enrol("Anna", null, null).customer();

        Customer ben = enrol("Ben", null, anna.id()).customer();

        assertThat(ben.acquisitionChannel()).isEqualTo(AcquisitionChannel.REFERRAL);
        assertThat(app.customers.referredBy).containsEntry(ben.id(), anna.id());
        assertThat(app.ledger.balance(shop.id(), anna.id())).isEqualTo(new Balance(150, 0));
        assertThat(app.ledger.balance(shop.id(), ben.id())).isEqualTo(new Balance(80, 0));
        assertThat(app.ledgerStore.entriesOf(ben.id())).extracting(LedgerEntry::type)
                .containsExactly(LedgerEntryType.WELCOME_BONUS, LedgerEntryType.REFERRAL_BONUS);
        assertThat(app.ledgerStore.entriesOf(anna.id()).getLast().breakdown())
                .containsExactly(new PointsComponent("referral", "Ben Muster", 100));
        assertThat(app.ledgerStore.entriesOf(ben.id()).getLast().breakdown())
                .containsExactly(new PointsComponent("referral", "Anna Muster", 30));
    }

    @Test
    void todayIsTheShopsTodayEvenWhileTheServersUtcDateIsStillYesterday() {
        app.clock.set(java.time.Instant.parse("2026-11-29T23:30:00Z")); // 00:30 on 30 November in Berlin

        Customer late = app.createCustomer().create(shop.id(), new CreateCustomer.Command("Nachteule", "Muster",
                null, null, AcquisitionChannel.IN_STORE, LocalDate.of(2026, 11, 30)), Actor.SYSTEM).customer();

        assertThat(late.acquiredOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> app.createCustomer().create(shop.id(), new CreateCustomer.Command("Zu", "Früh", null,
                null, AcquisitionChannel.IN_STORE, LocalDate.of(2026, 12, 1)), Actor.SYSTEM))
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void aTakenAddressOrAnUnknownReferrerOrAFutureDateIsRefused() {
        enrol("Erika", "erika@example.de", null);

        assertThatThrownBy(() -> enrol("Erika2", "ERIKA@example.de", null))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("customer-email-taken");
                    assertThat(e.rejection().conflict()).isTrue();
                });
        assertThatThrownBy(() -> enrol("Otto", null, CustomerId.newId()))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().field()).isEqualTo("referredBy"));
        assertThatThrownBy(() -> app.createCustomer().create(shop.id(), new CreateCustomer.Command("Zeno", "Zukunft",
                null, null, AcquisitionChannel.IN_STORE, LocalDate.of(2030, 1, 1)), Actor.SYSTEM))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.rejection().field()).isEqualTo("acquiredOn"));
        assertThat(app.published(CustomerEnrolled.class)).hasSize(1);
    }
}
