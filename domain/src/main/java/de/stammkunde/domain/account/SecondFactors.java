package de.stammkunde.domain.account;

import de.stammkunde.domain.shared.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Port: the TOTP second factor of staff members and customers, and their recovery codes (hashes only). */
public interface SecondFactors {
    /** {@code sealedSecret}: the secret as the {@link SecretBox} sealed it; {@code enabledAt} null while set up. */
    record Stored(String sealedSecret, @Nullable Instant enabledAt, long lastStep) {
        public boolean enabled() {
            return enabledAt != null;
        }
    }

    Optional<Stored> find(ShopId shopId, AccountKind kind, UUID accountId);

    /** Keeps a new secret being set up (replacing an earlier one not yet confirmed); never touches an enabled one. */
    void startSetup(ShopId shopId, AccountKind kind, UUID accountId, String sealedSecret, Instant at);

    /** Turns the secret being set up on; false if it was on already (a concurrent confirmation won). */
    boolean enable(ShopId shopId, AccountKind kind, UUID accountId, long step, Instant at);

    /**
     * Records that the code of {@code step} was used; false if that step or a later one was used already (the code
     * is spent), atomically, so two requests with the same code cannot both pass.
     */
    boolean useStep(ShopId shopId, AccountKind kind, UUID accountId, long step);

    /** Removes the second factor and its recovery codes. */
    void remove(ShopId shopId, AccountKind kind, UUID accountId);

    /** The account's recovery codes become these (earlier ones stop working). */
    void replaceRecoveryCodes(ShopId shopId, AccountKind kind, UUID accountId, List<String> codeHashes);

    /** Marks an unused recovery code used; false if there is no such unused code. */
    boolean useRecoveryCode(ShopId shopId, AccountKind kind, UUID accountId, String codeHash, Instant at);

    int recoveryCodesLeft(ShopId shopId, AccountKind kind, UUID accountId);

    /** The accounts of this kind in the shop that have a second factor turned on. */
    java.util.Set<UUID> enabled(ShopId shopId, AccountKind kind);
}
