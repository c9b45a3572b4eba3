package de.stammkunde.api.security;

import org.springframework.web.bind.annotation.ResponseStatus;
import de.stammkunde.domain.shop.ShopQueries;
import de.stammkunde.api.config.StammkundeProperties;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.shop.ShopDto;
import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.account.RegisterShop;
import de.stammkunde.domain.staff.AcceptInvitation;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff sessions: who am I, shop signup, login, logout, accepting an invitation. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {
    record SignupRequest(
            @NotBlank @Size(max = 200) String shopName,
            @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$") String shopSlug,
            @NotBlank @Pattern(regexp = "^[A-Z]{3}$") String currency,
            @NotBlank @Size(max = 64) String timeZone,
            @NotBlank @Size(max = 200) String ownerName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = Passwords.MAX_LENGTH) String password) {
    }

    record AcceptInvitationRequest(@NotBlank @Size(max = 200) String name,
                                   @NotBlank @Size(max = Passwords.MAX_LENGTH)
                                   String password) {
    }

    record InvitationInfoDto(String shopName, String email, String role) {
    }

    private final Authenticator authenticator;
    private final Sessions sessions;
    private final RegisterShop registerShop;
    private final AcceptInvitation acceptInvitation;
    private final ShopQueries shops;
    private final LoginRateLimiter limiter;
    private final StammkundeProperties properties;
    private final Transactions tx;
    private final SecondFactorLogin secondFactor;

    AuthController(Authenticator authenticator, Sessions sessions, RegisterShop registerShop,
                   AcceptInvitation acceptInvitation, ShopQueries shops, LoginRateLimiter limiter,
                   StammkundeProperties properties, Transactions tx, SecondFactorLogin secondFactor) {
        this.secondFactor = secondFactor;
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.registerShop = registerShop;
        this.acceptInvitation = acceptInvitation;
        this.shops = shops;
        this.limiter = limiter;
        this.properties = properties;
        this.tx = tx;
    }

    @GetMapping("/session")
    SessionDto session(Authentication authentication, HttpServletRequest request) {
        if (authentication != null && authentication.getPrincipal() instanceof StammkundeUser user) {
            return authenticator.session(user);
        }
        return secondFactor.awaitingCode(request) ? SessionDto.SECOND_FACTOR_STAGE : SessionDto.ANONYMOUS;
    }

    /**
     * A new shop and its owner, logged in: 201. The owner gets a mail to confirm the address; until then the shop
     * mails nobody else and issues no API keys. 429 after {@code stammkunde.signup.max-per-client} signups from one
     * client address in the window (taken addresses count too).
     */
    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SessionDto> signup(@Valid @RequestBody SignupRequest body, HttpServletRequest request,
                                      HttpServletResponse response) {
        var limit = properties.signup();
        limiter.limit("signup", ClientAddress.of(request), limit.maxPerClient(), limit.window());
        RegisterShop.Registered registered = tx.write(() -> registerShop.register(new RegisterShop.Command(
                body.shopName(), body.shopSlug(), body.currency(), body.timeZone(), body.ownerName(), body.email(),
                body.password())));
        StammkundeUser owner = Authenticator.staffUser(registered.owner());
        sessions.start(owner, request, response);
        return ResponseEntity.status(HttpStatus.CREATED).body(authenticator.session(owner));
    }

    @PostMapping("/login")
    SessionDto login(@Valid @RequestBody LoginRequest body, HttpServletRequest request,
                     HttpServletResponse response) {
        Authenticator.Login login = authenticator.staff(body.shop(), body.email(), body.password(),
                ClientAddress.of(request));
        if (login.secondFactorNeeded()) {
            return secondFactor.awaitCode(login.user(), request);
        }
        sessions.start(login.user(), request, response);
        return authenticator.session(login.user());
    }

    /**
     * A login's second step: the code from the authenticator app (or a recovery code). 401 {@code bad-second-factor}
     * when it is wrong; 401 {@code second-factor-login-expired} when no login waits (five minutes, five codes).
     */
    @PostMapping("/login/second-factor")
    SessionDto secondFactor(@Valid @RequestBody SecondFactorCode body, HttpServletRequest request,
                            HttpServletResponse response) {
        return secondFactor.complete(body.code(), AccountKind.STAFF, request, response);
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> logout(HttpServletRequest request, HttpServletResponse response) {
        sessions.end(request, response);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/invitations/{token}")
    InvitationInfoDto invitation(@PathVariable String token) {
        return tx.read(() -> acceptInvitation.lookUp(token)
                .map(i -> new InvitationInfoDto(shops.shop(i.shopId()).name(), i.email(), i.role().name()))
                .orElseThrow(() -> new NotFoundException("invitation", "(token)")));
    }

    @PostMapping("/invitations/{token}/accept")
    SessionDto accept(@PathVariable String token, @Valid @RequestBody AcceptInvitationRequest body,
                      HttpServletRequest request, HttpServletResponse response) {
        StaffMember member = tx.write(() -> acceptInvitation.accept(token, body.name(), body.password()));
        StammkundeUser user = Authenticator.staffUser(member);
        sessions.start(user, request, response);
        return authenticator.session(user);
    }
}
