package de.stammkunde.api.security;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.overview.CustomerQueries;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shared.StaffId;
import de.stammkunde.domain.staff.StaffMember;
import de.stammkunde.domain.staff.StaffQueries;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session is only as good as the account behind it: on every request of a session, the staff member or customer
 * is looked up. A deactivated or removed account's session ends on its next request (and its sessions were already
 * deleted when it was off-boarded); a changed role takes effect at once instead of staying frozen in the session.
 */
class AccountStatusFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(AccountStatusFilter.class);

    private final StaffQueries staff;
    private final CustomerQueries customers;
    private final SecurityContextRepository contexts;
    private final Transactions tx;

    AccountStatusFilter(StaffQueries staff, CustomerQueries customers, SecurityContextRepository contexts,
                        Transactions tx) {
        this.staff = staff;
        this.customers = customers;
        this.contexts = contexts;
        this.tx = tx;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StammkundeUser user
                && user.role() != Role.TILL) {
            Optional<StammkundeUser> current = tx.read(() -> Optional.of(current(user))).orElseThrow();
            if (current.isEmpty()) {
                log.warn("security: session of {} ended, the account is no longer active", user.sessionKey());
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else if (current.get().role() != user.role()) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current.get(), null,
                        current.get().authorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<StammkundeUser> current(StammkundeUser user) {
        if (user.role() == Role.CUSTOMER) {
            return customers.exists(new ShopId(user.shopId()), new CustomerId(user.id())) ? Optional.of(user)
                    : Optional.empty();
        }
        return staff.member(new ShopId(user.shopId()), new StaffId(user.id()))
                .filter(StaffMember::active)
                .map(m -> user.withRole(Role.valueOf(m.role().name())));
    }
}
