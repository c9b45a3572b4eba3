package de.stammkunde.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of our own (everything else is standard Spring Boot configuration).
 *
 * @param publicUrl the address users reach the app at; used in printed links
 * @param redisKeyPrefix prefix of every Redis key we write (sessions use it too)
 * @param login rate limit of login attempts
 * @param mail outgoing e-mail
 * @param signup rate limit of shop signups
 * @param twoFactor two-factor login
 */
@ConfigurationProperties("stammkunde")
public record StammkundeProperties(String publicUrl, String redisKeyPrefix, Login login, Mail mail, Signup signup,
                                  TwoFactor twoFactor) {
    /**
     * @param maxPerClient signups per client address and window (successful or not: taken addresses count too)
     * @param window length of the counting window
     */
    public record Signup(int maxPerClient, Duration window) {
    }

    /**
     * @param requiredForOwners owners must set up two-factor login before they can use their shop
     * @param recheckAfter sensitive actions (API keys, large adjustments) ask for a code again after this
     * @param maxCodes codes tried at one account per window, from everywhere (login, re-check)
     * @param window length of that counting window
     */
    public record TwoFactor(boolean requiredForOwners, Duration recheckAfter, int maxCodes, Duration window) {
    }

    /**
     * @param from sender address of our mails, e.g. {@code Stammkunde <no-reply@example.com>}
     * @param keepSent how long sent mails are kept (they hold addresses and names)
     */
    public record Mail(String from, Duration keepSent) {
    }

    /**
     * @param maxAttempts attempts at one account (shop + e-mail) from one client address per window; a success from
     *                    that address resets its count (a stranger's failures never lock the owner's own browser out)
     * @param maxFailuresPerAccount failed attempts at one account from all addresses together per window: the
     *                              ceiling for an attack spread over many addresses
     * @param maxAttemptsPerClient failed attempts per client address and window, across accounts
     * @param window length of the counting window
     */
    public record Login(int maxAttempts, int maxFailuresPerAccount, int maxAttemptsPerClient, Duration window) {
    }
}
