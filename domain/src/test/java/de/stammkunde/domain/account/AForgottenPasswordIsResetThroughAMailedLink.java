package de.stammkunde.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.mail.OutgoingMail;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffRole;
import de.stammkunde.domain.testing.InMemoryApplication;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AForgottenPasswordIsResetThroughAMailedLink {
    private final InMemoryApplication app = new InMemoryApplication();
    private final Shop shop = app.shop();
    private final StaffMember agent = new StaffMember(shop.id(), StaffId.newId(), "Jonas Becker",
            "jonas@example.de", StaffRole.AGENT, "hashed:OldSecret2026", true);

    AForgottenPasswordIsResetThroughAMailedLink() {
        app.staff.add(agent, de.stammkunde.domain.shared.Actor.SYSTEM);
    }

    private String tokenOfLastMail() {
        OutgoingMail mail = app.queuedMails().getLast();
        return app.linkTokens.tokenFor(UUID.fromString(mail.params().get("linkId")));
    }

    @Test
    void theLinkIsMailedWorksOnceAndEndsAllSessions() {
        app.resetPassword().request(shop.slug(), AccountKind.STAFF, " JONAS@example.de ");

        assertThat(app.queuedMails()).singleElement().satisfies(m -> {
            assertThat(m.template()).isEqualTo(MailTemplate.STAFF_PASSWORD_RESET);
            assertThat(m.recipient()).isEqualTo("jonas@example.de");
            assertThat(m.params()).containsEntry("name", "Jonas Becker")
                    .containsEntry("expiresAt", InMemoryApplication.T0.plus(Duration.ofMinutes(30)).toString());
        });
        String token = tokenOfLastMail();
        assertThat(app.resetPassword().lookUp(token)).hasValueSatisfying(p -> {
            assertThat(p.email()).isEqualTo("jonas@example.de");
            assertThat(p.kind()).isEqualTo(AccountKind.STAFF);
        });

        assertThatThrownBy(() -> app.resetPassword().complete(token, "1234567890")).as("a common password")
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("password-common");
                    assertThat(e.rejection().field()).isEqualTo("password");
                });
        assertThat(app.resetPassword().lookUp(token)).as("a refused password leaves the link working").isPresent();

        app.resetPassword().complete(token, "Kiesel-Gartenweg-Abend");

        assertThat(app.staff.byId(shop.id(), agent.id()).orElseThrow().passwordHash()).isEqualTo("hashed:Kiesel-Gartenweg-Abend");
        assertThat(app.published(PasswordChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.reset()).isTrue();
            assertThat(e.accountId()).isEqualTo(agent.id().value());
        });
        assertThatThrownBy(() -> app.resetPassword().complete(token, "Morgentau-Dachfenster-9"))
                .as("once").isInstanceOf(NotFoundException.class);
        assertThat(app.resetPassword().lookUp(token)).isEmpty();
    }

    @Test
    void anUnknownAddressAnotherShopOrAnOffboardedAgentGetNothingAndSeeNoDifference() {
        app.resetPassword().request(shop.slug(), AccountKind.STAFF, "nobody@example.de");
        app.resetPassword().request("no-such-shop", AccountKind.STAFF, "jonas@example.de");
        app.resetPassword().request(shop.slug(), AccountKind.CUSTOMER, "jonas@example.de");
        app.staff.setActive(shop.id(), agent.id(), false, de.stammkunde.domain.shared.Actor.SYSTEM);
        app.resetPassword().request(shop.slug(), AccountKind.STAFF, "jonas@example.de");

        assertThat(app.queuedMails()).isEmpty();
        assertThat(app.accountLinks.links).isEmpty();
    }

    @Test
    void aLinkExpiresAfterThirtyMinutesAndANewerOneReplacesTheOlder() {
        app.resetPassword().request(shop.slug(), AccountKind.STAFF, "jonas@example.de");
        String first = tokenOfLastMail();
        app.advance(Duration.ofMinutes(10));
        app.resetPassword().request(shop.slug(), AccountKind.STAFF, "jonas@example.de");
        String second = tokenOfLastMail();

        assertThat(app.resetPassword().lookUp(first)).as("replaced").isEmpty();
        app.advance(Duration.ofMinutes(30));
        assertThat(app.resetPassword().lookUp(second)).as("expired").isEmpty();
        assertThatThrownBy(() -> app.resetPassword().complete(second, "Kiesel-Gartenweg-Abend"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCustomerWhoNeverSetAPasswordGetsTheActivationLinkInstead() {
        var erika = app.customer(shop, "Erika", "erika@example.de");
        int before = app.queuedMails().size();

        app.resetPassword().request(shop.slug(), AccountKind.CUSTOMER, "erika@example.de");

        assertThat(app.queuedMails()).hasSize(before + 1);
        assertThat(app.queuedMails().getLast().template()).isEqualTo(MailTemplate.PORTAL_ACTIVATION);
        assertThat(app.accountLinks.links).isEmpty();
        assertThat(app.activations.activations.stream().filter(a -> a.customerId().equals(erika.id())
                && a.usedAt() == null)).as("only the newest activation link works").hasSize(1);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndAnotherOne() {
        ChangePassword change = app.changePassword();
        var actor = de.stammkunde.domain.shared.Actor.staff(agent.id());

        assertThatThrownBy(() -> change.change(shop.id(), AccountKind.STAFF, agent.id().value(), "wrong",
                "Kiesel-Gartenweg-Abend", actor)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> change.change(shop.id(), AccountKind.STAFF, agent.id().value(), "OldSecret2026",
                "OldSecret2026", actor)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().code()).isEqualTo("password-unchanged"));
        assertThatThrownBy(() -> change.change(shop.id(), AccountKind.STAFF, agent.id().value(), "OldSecret2026",
                "Jonas-Becker-2026", actor)).as("built from the person's name")
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("password-like-name");
                    assertThat(e.rejection().field()).isEqualTo("newPassword");
                });
        app.resetPassword().request(shop.slug(), AccountKind.STAFF, "jonas@example.de");
        String pendingReset = tokenOfLastMail();

        change.change(shop.id(), AccountKind.STAFF, agent.id().value(), "OldSecret2026", "Kiesel-Gartenweg-Abend", actor);

        assertThat(app.staff.byId(shop.id(), agent.id()).orElseThrow().passwordHash()).isEqualTo("hashed:Kiesel-Gartenweg-Abend");
        assertThat(app.published(PasswordChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.reset()).isFalse());
        assertThat(app.resetPassword().lookUp(pendingReset)).as("an open reset link stops working").isEmpty();
        assertThat(app.audit.actions()).contains("password.reset-requested", "password.changed");
    }
}
