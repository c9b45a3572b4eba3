package de.stammkunde.api.integration;

import org.springframework.web.bind.annotation.ResponseStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.SecondFactorLogin;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.integration.ApiKey;
import de.stammkunde.domain.integration.ManageApiKeys;
import de.stammkunde.domain.shared.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The owner's API keys for the till: issue (the secret is shown once), list, revoke. */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/api-keys")
@PreAuthorize("hasRole('OWNER')")
class ApiKeyController {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApiKeyDto(String id, String name, String hint, Instant createdAt, @Nullable Instant revokedAt,
                     @Nullable String secret) {
        static ApiKeyDto of(ApiKey k, @Nullable String secret) {
            return new ApiKeyDto(k.id().toString(), k.name(), k.hint(), k.createdAt(), k.revokedAt(), secret);
        }
    }

    record ApiKeyList(List<ApiKeyDto> items) {
    }

    record IssueRequest(@NotBlank @Size(max = 100) String name) {
    }

    private final ManageApiKeys manage;
    private final Transactions tx;
    private final SecondFactorLogin secondFactor;

    ApiKeyController(ManageApiKeys manage, Transactions tx, SecondFactorLogin secondFactor) {
        this.secondFactor = secondFactor;
        this.manage = manage;
        this.tx = tx;
    }

    @GetMapping
    ApiKeyList list(@PathVariable UUID shopId) {
        return new ApiKeyList(tx.read(() -> manage.all(new ShopId(shopId))).stream()
                .map(k -> ApiKeyDto.of(k, null)).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ApiKeyDto> issue(@PathVariable UUID shopId, @Valid @RequestBody IssueRequest body,
                                    @AuthenticationPrincipal StammkundeUser user,
                                    jakarta.servlet.http.HttpServletRequest request) {
        secondFactor.requireRecent(user, request);
        var issued = tx.write(() -> manage.issue(new ShopId(shopId), body.name(), user.actor()));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiKeyDto.of(issued.key(), issued.secret()));
    }

    @DeleteMapping("/{keyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revoke(@PathVariable UUID shopId, @PathVariable UUID keyId,
                                @AuthenticationPrincipal StammkundeUser user) {
        tx.run(() -> manage.revoke(new ShopId(shopId), keyId, user.actor()));
        return ResponseEntity.noContent().build();
    }
}
