package de.stammkunde.api.account;

import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.problem.ApiProblem;
import de.stammkunde.api.security.Role;
import de.stammkunde.api.security.SecondFactorCode;
import de.stammkunde.api.security.SecondFactorLogin;
import de.stammkunde.api.security.SecurityLog;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.CheckSecondFactor;
import de.stammkunde.domain.account.SecondFactorSetup;
import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.ShopQueries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two-factor login of the signed-in person (staff or customer): status, setting it up (a secret for the app, then
 * a code to confirm it; recovery codes come back once), new recovery codes, turning it off, and the re-check before
 * sensitive actions. An owner can also take a staff member's second factor away (lost phone).
 */
@RestController
class SecondFactorController {
    /** {@code required}: the person's shop requires it for their role (then it cannot be turned off). */
    record SecondFactorStatusDto(boolean enabled, boolean required, @Nullable Instant enabledAt,
                                 int recoveryCodesLeft) {
    }

    /** The new secret: Base32 for typing in, and the {@code otpauth://} address for a QR code. */
    record SecondFactorSetupDto(String secret, String otpauthUri) {
    }

    /** Shown once: keep them somewhere safe; each works once instead of a code. */
    record RecoveryCodesDto(List<String> recoveryCodes) {
    }

    record DisableRequest(@NotBlank @Size(max = 1024) String password, @NotBlank @Size(max = 40) String code) {
    }

    private final SecondFactorSetup setup;
    private final CheckSecondFactor check;
    private final SecondFactorLogin login;
    private final ShopQueries shops;
    private final SecurityLog securityLog;
    private final StammkundeProperties properties;
    private final Transactions tx;

    SecondFactorController(SecondFactorSetup setup, CheckSecondFactor check, SecondFactorLogin login,
                           ShopQueries shops, SecurityLog securityLog,
                           StammkundeProperties properties, Transactions tx) {
        this.setup = setup;
        this.check = check;
        this.login = login;
        this.shops = shops;
        this.securityLog = securityLog;
        this.properties = properties;
        this.tx = tx;
    }

    @GetMapping("/api/v1/account/second-factor")
    SecondFactorStatusDto status(@AuthenticationPrincipal StammkundeUser user) {
        var status = tx.read(() -> setup.status(user.shop(), kind(user), user.id()));
        return new SecondFactorStatusDto(status.enabled(), required(user), status.enabledAt(),
                status.recoveryCodesLeft());
    }

    /** A new secret for the authenticator app (replacing one not yet confirmed); 409 when it is on already. */
    @PostMapping("/api/v1/account/second-factor/setup")
    SecondFactorSetupDto start(@AuthenticationPrincipal StammkundeUser user) {
        byte[] secret = tx.write(() -> setup.start(user.shop(), kind(user), user.id()));
        String shopName = tx.read(() -> shops.shop(user.shop()).name());
        return new SecondFactorSetupDto(TotpCodes.base32(secret), TotpCodes.otpauthUri(secret, shopName,
                user.email()));
    }

    /** Confirms the new secret with a code from the app: two-factor login is on; the recovery codes, once. */
    @PostMapping("/api/v1/account/second-factor")
    RecoveryCodesDto enable(@AuthenticationPrincipal StammkundeUser user, @Valid @RequestBody SecondFactorCode body,
                            HttpServletRequest request) {
        limit(user);
        List<String> codes = tx.write(() -> setup.enable(user.shop(), kind(user), user.id(), body.code(),
                user.actor()));
        login.checked(request);
        return new RecoveryCodesDto(codes);
    }

    /** New recovery codes (the earlier ones stop working), with a code from the app. */
    @PostMapping("/api/v1/account/second-factor/recovery-codes")
    RecoveryCodesDto recoveryCodes(@AuthenticationPrincipal StammkundeUser user,
                                   @Valid @RequestBody SecondFactorCode body) {
        limit(user);
        return new RecoveryCodesDto(tx.write(() -> setup.renewRecoveryCodes(user.shop(), kind(user), user.id(),
                body.code(), user.actor())));
    }

    /** Turns two-factor login off (password and code); 409 {@code second-factor-required} where it is required. */
    @PostMapping("/api/v1/account/second-factor/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> disable(@AuthenticationPrincipal StammkundeUser user,
                                 @Valid @RequestBody DisableRequest body) {
        limit(user);
        tx.run(() -> setup.disable(user.shop(), kind(user), user.id(), body.password(), body.code(), required(user),
                user.actor()));
        return ResponseEntity.noContent().build();
    }

    /** Proves the second factor again for sensitive actions (answered 403 second-factor-recheck-required). */
    @PostMapping("/api/v1/account/second-factor/check")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> recheck(@AuthenticationPrincipal StammkundeUser user,
                                 @Valid @RequestBody SecondFactorCode body, HttpServletRequest request) {
        limit(user);
        CheckSecondFactor.Result result = tx.write(() -> check.check(user.shop(), kind(user), user.id(), body.code(),
                user.actor()));
        if (result == CheckSecondFactor.Result.NOT_ENABLED) {
            Decision.conflict("second-factor-not-enabled", null, "Two-factor login is not on").orThrow();
        }
        if (!result.passed()) {
            securityLog.record("second-factor.check-failed", user.shop(), user.actor(), realm(user),
                    user.id().toString(), Map.of());
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "bad-second-factor", "code");
        }
        login.checked(request);
        return ResponseEntity.noContent().build();
    }

    /** An owner takes a staff member's second factor away (they lost phone and recovery codes); 204. */
    @DeleteMapping("/api/v1/shops/{shopId}/staff/{staffId}/second-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OWNER')")
    ResponseEntity<Void> reset(@PathVariable UUID shopId, @PathVariable UUID staffId,
                               @AuthenticationPrincipal StammkundeUser user, HttpServletRequest request) {
        if (staffId.equals(user.id())) {
            Decision.conflict("second-factor-own", null,
                    "Turn your own two-factor login off under your account instead").orThrow();
        }
        login.requireRecent(user, request);
        tx.run(() -> setup.reset(new ShopId(shopId), AccountKind.STAFF, staffId, user.actor()));
        return ResponseEntity.noContent().build();
    }

    private void limit(StammkundeUser user) {
        login.countCode(kind(user), user.id());
    }

    private boolean required(StammkundeUser user) {
        return user.role() == Role.OWNER && properties.twoFactor().requiredForOwners();
    }

    private static AccountKind kind(StammkundeUser user) {
        return SecondFactorLogin.kind(user);
    }

    private static String realm(StammkundeUser user) {
        return user.role() == Role.CUSTOMER ? "customer" : "staff";
    }
}
