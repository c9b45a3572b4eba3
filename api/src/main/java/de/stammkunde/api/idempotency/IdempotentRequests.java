package de.stammkunde.api.idempotency;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.problem.ApiProblem;
import de.stammkunde.domain.idempotency.IdempotencyRecords;
import de.stammkunde.domain.idempotency.IdempotencyRecords.Claim;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.SecretTokens;
import de.stammkunde.domain.shared.ShopId;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a write that a client may retry exactly once per {@code Idempotency-Key}: the key is claimed in the same
 * transaction as the write and the response stored with it. A retry gets the first response back (with header
 * {@code Idempotent-Replayed: true}); the same key with a different request is refused with 422. A failed write
 * (a 4xx problem) keeps nothing, so the client may correct the request and send it again with the same key. Keys
 * are per caller (a till's API key, a staff member, a customer) and remembered for 72 hours
 * ({@link IdempotencyCleanupJob}).
 */
@Component
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    private final IdempotencyRecords records;
    private final Transactions tx;
    private final JsonMapper json;

    public IdempotentRequests(IdempotencyRecords records, Transactions tx, JsonMapper json) {
        this.records = records;
        this.tx = tx;
        this.json = json;
    }

    /**
     * @param request what identifies the request besides its key: method, path and the parsed body
     * @param type the response body's type: a replay is read back into it, so it is typed in the API document
     *        and written exactly as the first response was
     */
    public <T> ResponseEntity<T> execute(ShopId shopId, Actor actor, @Nullable String key, String method,
                                         String path, Object request, Class<T> type,
                                         Supplier<ResponseEntity<T>> write) {
        return execute(shopId, actor, key, true, method, path, request, type, write);
    }

    /** As above; with {@code required = false} a request without a key simply runs once (older clients). */
    public <T> ResponseEntity<T> execute(ShopId shopId, Actor actor, @Nullable String key, boolean required,
                                         String method, String path, Object request, Class<T> type,
                                         Supplier<ResponseEntity<T>> write) {
        if ((key == null || key.isBlank()) && !required) {
            return tx.write(write);
        }
        if (key == null || key.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "idempotency-key-missing", HEADER);
        }
        if (!KEY.matcher(key).matches()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "idempotency-key-invalid", HEADER);
        }
        // A key is the caller's own (records are per shop, caller and key): another caller with the same key gets
        // its own execution, and a key is never a way to read someone else's response. (The caller stays in the
        // fingerprint, as in the records written before keys were per caller.)
        String fingerprint = SecretTokens.hash(actor.describe() + "\n" + method + " " + path + "\n"
                + json.writeValueAsString(request));
        return tx.write(() -> switch (records.claim(shopId, actor, key, fingerprint)) {
            case Claim.Replay replay -> ResponseEntity.status(replay.status())
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(REPLAYED_HEADER, "true")
                    .body(json.readValue(replay.body(), type));
            case Claim.Mismatch mismatch ->
                    throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", HEADER);
            case Claim.Claimed claimed -> {
                ResponseEntity<T> response = write.get();
                records.complete(shopId, actor, key, response.getStatusCode().value(),
                        json.writeValueAsString(response.getBody()));
                yield response;
            }
        });
    }
}
