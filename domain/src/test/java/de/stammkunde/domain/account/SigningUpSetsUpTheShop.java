package de.stammkunde.domain.account;

import de.stammkunde.domain.shop.ShopRegistered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.programme.EarningRule;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.staff.StaffRole;
import de.stammkunde.domain.testing.InMemoryApplication;
import org.junit.jupiter.api.Test;

class SigningUpSetsUpTheShop {
    private static final String PASSWORD = "Zimtschnecken am Fenster";
    private final InMemoryApplication app = new InMemoryApplication();

    private RegisterShop.Registered signUp(String slug) {
        return app.registerShop().register(new RegisterShop.Command("Bäckerei Sonnenschein", slug, "EUR",
                "Europe/Berlin", "Ines Inhaberin", "Ines@Example.de", PASSWORD));
    }

    @Test
    void theShopItsOwnerAndTheDefaultProgrammeAreCreatedTogether() {
        RegisterShop.Registered registered = signUp("sonnenschein");

        assertThat(registered.owner().role()).isEqualTo(StaffRole.OWNER);
        assertThat(registered.owner().email()).isEqualTo("ines@example.de");
        assertThat(registered.owner().passwordHash()).isEqualTo("hashed:" + PASSWORD);
        assertThat(app.programmes.rules).as("set up in reaction to ShopRegistered")
                .containsEntry(registered.shop().id(), EarningRule.DEFAULT);
        assertThat(app.published(ShopRegistered.class)).singleElement()
                .satisfies(e -> assertThat(e.slug()).isEqualTo("sonnenschein"));
        assertThat(app.audit.actions()).containsExactly("shop.registered", "shop.verification-mailed");
    }

    @Test
    void aTakenAddressIsAConflictAndAnInvalidOneNamesTheField() {
        signUp("sonnenschein");

        assertThatThrownBy(() -> signUp("sonnenschein")).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().conflict()).isTrue());
        assertThatThrownBy(() -> signUp("Nicht Gültig!")).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().field()).isEqualTo("shopSlug"));
        assertThat(app.published(ShopRegistered.class)).hasSize(1);
    }

    @Test
    void aPasswordBuiltFromTheShopsNameCreatesNothing() {
        assertThatThrownBy(() -> app.registerShop().register(new RegisterShop.Command("Kaffeerösterei Morgenrot",
                "morgenrot", "EUR", "Europe/Berlin", "Ines Inhaberin", "ines@example.de", "Morgenrot2024!")))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("password-like-name");
                    assertThat(e.rejection().field()).isEqualTo("password");
                });
        assertThat(app.shops.all()).isEmpty();
        assertThat(app.published(ShopRegistered.class)).isEmpty();
        assertThat(app.audit.actions()).isEmpty();
    }
}
