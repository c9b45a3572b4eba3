package de.stammkunde.api.security;

import de.stammkunde.domain.account.AccountKind;
import de.stammkunde.domain.customer.ChooseLanguage;
import de.stammkunde.domain.shop.ShopQueries;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.customer.ActivatePortal;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.shared.Language;
import de.stammkunde.domain.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Customer portal sessions: login with the shop's address, e-mail and password; first password by activation link. */
@RestController
@RequestMapping("/api/v1/portal/auth")
class PortalAuthController {
    record ActivationRequest(@NotBlank @Size(max = Passwords.MAX_LENGTH)
                             String password) {
    }

    record ActivationDto(String shopName, String email, String firstName) {
    }

    private final Authenticator authenticator;
    private final Sessions sessions;
    private final ActivatePortal activatePortal;
    private final ShopQueries shops;
    private final ChooseLanguage chooseLanguage;
    private final Transactions tx;
    private final SecondFactorLogin secondFactor;

    PortalAuthController(Authenticator authenticator, Sessions sessions, ActivatePortal activatePortal,
                         ShopQueries shops, ChooseLanguage chooseLanguage, Transactions tx,
                         SecondFactorLogin secondFactor) {
        this.secondFactor = secondFactor;
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.activatePortal = activatePortal;
        this.shops = shops;
        this.chooseLanguage = chooseLanguage;
        this.tx = tx;
    }

    @PostMapping("/login")
    SessionDto login(@Valid @RequestBody LoginRequest body, HttpServletRequest request,
                     HttpServletResponse response) {
        Authenticator.Login login = authenticator.customer(body.shop(), body.email(), body.password(),
                ClientAddress.of(request));
        rememberLanguage(login.user(), request);
        if (login.secondFactorNeeded()) {
            return secondFactor.awaitCode(login.user(), request);
        }
        sessions.start(login.user(), request, response);
        return authenticator.session(login.user());
    }

    /** A portal login's second step (customers who turned two-factor login on); as for staff. */
    @PostMapping("/login/second-factor")
    SessionDto secondFactor(@Valid @RequestBody SecondFactorCode body, HttpServletRequest request,
                            HttpServletResponse response) {
        return secondFactor.complete(body.code(), AccountKind.CUSTOMER, request, response);
    }

    @GetMapping("/activations/{token}")
    ActivationDto activation(@PathVariable String token) {
        return tx.read(() -> activatePortal.lookUp(token)
                .map(c -> new ActivationDto(shops.shop(c.shopId()).name(),
                        c.email() == null ? "" : c.email(), c.firstName()))
                .orElseThrow(() -> new NotFoundException("activation", "(token)")));
    }

    @PostMapping("/activations/{token}")
    SessionDto activate(@PathVariable String token, @Valid @RequestBody ActivationRequest body,
                        HttpServletRequest request, HttpServletResponse response) {
        Customer customer = tx.write(() -> activatePortal.activate(token, body.password()));
        StammkundeUser user = Authenticator.customerUser(customer);
        sessions.start(user, request, response);
        rememberLanguage(user, request);
        return authenticator.session(user);
    }

    /** The portal sends the language the customer reads it in; their e-mails use it too. */
    private void rememberLanguage(StammkundeUser user, HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return;
        }
        Language.of(request.getLocale()).ifPresent(language ->
                tx.run(() -> chooseLanguage.choose(user.shop(), user.customerId(), language)));
    }
}
