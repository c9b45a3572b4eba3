package de.stammkunde.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.mail.MailTemplate;
import de.stammkunde.domain.mail.OutgoingMail;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.NotFoundException;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.testing.InMemoryApplication;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ANewShopMailsOthersOnlyOnceItsOwnerConfirmedTheAddress {
    private final InMemoryApplication app = new InMemoryApplication();
    private final RegisterShop.Registered registered = app.registerShop().register(new RegisterShop.Command(
            "Bäckerei Sonnenschein", "sonnenschein", "EUR", "Europe/Berlin", "Ines Inhaberin", "ines@example.de",
            "Brezel-Butter-Kaffee"));

    private String tokenOf(OutgoingMail mail) {
        return app.linkTokens.tokenFor(UUID.fromString(mail.params().get("linkId")));
    }

    private OutgoingMail lastVerificationMail() {
        return app.queuedMails().stream().filter(m -> m.template() == MailTemplate.EMAIL_VERIFICATION).toList()
                .getLast();
    }

    @Test
    void theConfirmationGoesOutAtOnceAndEverythingElseWaitsForIt() {
        assertThat(registered.verification().mailedTo()).isEqualTo("ines@example.de");
        assertThat(registered.verification().expiresAt()).isEqualTo(InMemoryApplication.T0.plus(Duration.ofHours(72)));
        app.customer(registered.shop(), "Erika", "erika@example.de");

        assertThat(app.deliverAll()).isPositive();
        assertThat(app.sent).as("only the owner's confirmation").singleElement()
                .satisfies(m -> assertThat(m.to()).isEqualTo("ines@example.de"));
        assertThat(app.outbox.counts(registered.shop().id(), "mail").held()).as("the portal link, kept").isEqualTo(1);
        String token = tokenOf(lastVerificationMail());
        assertThat(app.verifyShopEmail().lookUp(token)).hasValueSatisfying(p -> {
            assertThat(p.email()).isEqualTo("ines@example.de");
            assertThat(p.verified()).isFalse();
        });

        var confirmed = app.verifyShopEmail().confirm(token);

        assertThat(confirmed.releasedMails()).isEqualTo(1);
        assertThat(app.shops.verified(registered.shop().id())).isTrue();
        app.deliverAll();
        assertThat(app.sent).extracting(m -> m.to()).containsExactly("ines@example.de", "erika@example.de");
        assertThat(app.verifyShopEmail().confirm(token).releasedMails()).as("again: the same answer, nothing new")
                .isZero();
        assertThat(app.verifyShopEmail().lookUp(token)).hasValueSatisfying(p -> assertThat(p.verified()).isTrue());
        assertThat(app.audit.actions()).containsOnlyOnce("shop.verified");

        app.customer(registered.shop(), "Otto", "otto@example.de");
        app.deliverAll();
        assertThat(app.sent).as("from now on at once").extracting(m -> m.to()).contains("otto@example.de");
    }

    @Test
    void aNewLinkReplacesTheOldOneAndAnExpiredOneConfirmsNothing() {
        String first = tokenOf(lastVerificationMail());
        app.clock.advance(Duration.ofHours(1));
        var resent = app.verifyShopEmail().send(registered.shop().id(), registered.owner().id(),
                Actor.staff(registered.owner().id()));
        String second = tokenOf(lastVerificationMail());

        assertThat(second).isNotEqualTo(first);
        assertThat(resent.expiresAt()).isEqualTo(InMemoryApplication.T0.plus(Duration.ofHours(73)));
        assertThat(app.verifyShopEmail().lookUp(first)).as("replaced").isEmpty();
        assertThatThrownBy(() -> app.verifyShopEmail().confirm(first)).isInstanceOf(NotFoundException.class);

        app.clock.advance(Duration.ofHours(72));
        assertThat(app.verifyShopEmail().lookUp(second)).as("expired").isEmpty();
        assertThatThrownBy(() -> app.verifyShopEmail().confirm(second)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.verifyShopEmail().confirm("made-up")).isInstanceOf(NotFoundException.class);
        assertThat(app.shops.verified(registered.shop().id())).isFalse();
    }

    @Test
    void aConfirmedShopIsNotConfirmedAgain() {
        app.verifyShopEmail().confirm(tokenOf(lastVerificationMail()));

        assertThatThrownBy(() -> app.verifyShopEmail().send(registered.shop().id(), registered.owner().id(),
                Actor.SYSTEM)).isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("already-verified");
                    assertThat(e.rejection().conflict()).isTrue();
                });
        assertThat(app.verifyShopEmail().confirmWithoutLink(registered.shop().id(), Actor.SYSTEM)).isFalse();
    }
}
