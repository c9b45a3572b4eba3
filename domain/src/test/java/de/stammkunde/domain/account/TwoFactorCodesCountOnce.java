package de.stammkunde.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.RejectedException;
import de.stammkunde.domain.shared.SecretBox;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffRole;
import de.stammkunde.domain.testing.InMemoryApplication;
import de.stammkunde.domain.testing.InMemorySecondFactors;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two-factor login's rules without HTTP: a code of the current step or its neighbours counts once, others never;
 * recovery codes count once each; turning it off takes password and code and is refused where it is required.
 */
class TwoFactorCodesCountOnce {
    private final InMemoryApplication app = new InMemoryApplication();
    private final Shop shop = app.shop();
    private final StaffMember owner = new StaffMember(shop.id(), StaffId.newId(), "Olga Owner", "olga@example.de",
            StaffRole.OWNER, "hashed:Kiesel-Gartenweg-Abend", true);
    private final UUID id = owner.id().value();
    private final InMemorySecondFactors factors = new InMemorySecondFactors();
    /** A stand-in for RFC 6238: any function of secret and step, different for different steps. */
    private final OneTimeCodes codes = new OneTimeCodes() {
        @Override
        public byte[] newSecret() {
            return "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public String code(byte[] secret, long step) {
            return String.format("%06d", Math.floorMod(Arrays.hashCode(secret) * 31L + step * 7919L, 1_000_000L));
        }
    };
    private final SecretBox box = new SecretBox() {
        @Override
        public String seal(byte[] secret) {
            return "sealed:" + Base64.getEncoder().encodeToString(secret);
        }

        @Override
        public byte[] open(String sealed) {
            return Base64.getDecoder().decode(sealed.substring("sealed:".length()));
        }
    };
    private final CheckSecondFactor check = new CheckSecondFactor(factors, box, codes, app.audit, app.clock);
    private final SecondFactorSetup setup = new SecondFactorSetup(app.accounts, factors, check, box, codes,
            app.passwords, app.audit, app.clock);

    TwoFactorCodesCountOnce() {
        app.staff.add(owner, Actor.SYSTEM);
    }

    private String code(int stepOffset) {
        return codes.code(codes.newSecret(), OneTimeCodes.step(app.clock.instant()) + stepOffset);
    }

    private List<String> turnOn() {
        byte[] secret = setup.start(shop.id(), AccountKind.STAFF, id);
        assertThat(factors.find(shop.id(), AccountKind.STAFF, id).orElseThrow().sealedSecret())
                .as("kept sealed").isEqualTo(box.seal(secret));
        return setup.enable(shop.id(), AccountKind.STAFF, id, code(-1), Actor.staff(owner.id()));
    }

    @Test
    void codesOfTheStepAndItsNeighboursCountOnceOthersNever() {
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, code(0), Actor.SYSTEM))
                .isEqualTo(CheckSecondFactor.Result.NOT_ENABLED);
        turnOn();
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, code(-1), Actor.SYSTEM))
                .as("spent by turning it on").isEqualTo(CheckSecondFactor.Result.WRONG);
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, code(2), Actor.SYSTEM))
                .as("a minute ahead").isEqualTo(CheckSecondFactor.Result.WRONG);
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, " " + code(0) + " ", Actor.SYSTEM))
                .isEqualTo(CheckSecondFactor.Result.CODE);
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, code(0), Actor.SYSTEM))
                .as("the same code again").isEqualTo(CheckSecondFactor.Result.WRONG);
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, code(1), Actor.SYSTEM))
                .isEqualTo(CheckSecondFactor.Result.CODE);
        app.clock.advance(Duration.ofSeconds(30));
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, code(-1), Actor.SYSTEM))
                .as("older than the last one used").isEqualTo(CheckSecondFactor.Result.WRONG);
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, code(1), Actor.SYSTEM))
                .isEqualTo(CheckSecondFactor.Result.CODE);
    }

    @Test
    void aWrongConfirmationLeavesItOffAndNamesTheField() {
        setup.start(shop.id(), AccountKind.STAFF, id);
        assertThatThrownBy(() -> setup.enable(shop.id(), AccountKind.STAFF, id, code(3), Actor.SYSTEM))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().code()).isEqualTo("bad-second-factor");
                    assertThat(e.rejection().field()).isEqualTo("code");
                });
        assertThat(setup.status(shop.id(), AccountKind.STAFF, id).enabled()).isFalse();
        assertThat(app.audit.events).isEmpty();
    }

    @Test
    void recoveryCodesCountOnceEachAndAreKeptAsHashes() {
        List<String> recovery = turnOn();
        assertThat(recovery).hasSize(10);
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, recovery.get(0), Actor.SYSTEM))
                .isEqualTo(CheckSecondFactor.Result.RECOVERY_CODE);
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, recovery.get(0), Actor.SYSTEM))
                .isEqualTo(CheckSecondFactor.Result.WRONG);
        assertThat(setup.status(shop.id(), AccountKind.STAFF, id).recoveryCodesLeft()).isEqualTo(9);
        assertThat(app.audit.events).extracting(e -> e.action())
                .containsExactly("second-factor.enabled", "second-factor.recovery-code-used");

        List<String> renewed = setup.renewRecoveryCodes(shop.id(), AccountKind.STAFF, id, code(0), Actor.SYSTEM);
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, recovery.get(1), Actor.SYSTEM))
                .as("the old set is void").isEqualTo(CheckSecondFactor.Result.WRONG);
        assertThat(check.check(shop.id(), AccountKind.STAFF, id, renewed.get(1), Actor.SYSTEM))
                .isEqualTo(CheckSecondFactor.Result.RECOVERY_CODE);
    }

    @Test
    void turningItOffTakesPasswordAndCodeAndIsRefusedWhereRequired() {
        turnOn();
        assertThatThrownBy(() -> setup.disable(shop.id(), AccountKind.STAFF, id, "Kiesel-Gartenweg-Abend", code(0),
                true, Actor.SYSTEM)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().code()).isEqualTo("second-factor-required"));
        assertThatThrownBy(() -> setup.disable(shop.id(), AccountKind.STAFF, id, "wrong", code(0), false,
                Actor.SYSTEM)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection().field()).isEqualTo("password"));
        setup.disable(shop.id(), AccountKind.STAFF, id, "Kiesel-Gartenweg-Abend", code(0), false, Actor.SYSTEM);
        assertThat(check.enabled(shop.id(), AccountKind.STAFF, id)).isFalse();
        assertThat(setup.status(shop.id(), AccountKind.STAFF, id).recoveryCodesLeft()).isZero();
    }
}
