package de.stammkunde.api.reward;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import de.stammkunde.domain.shop.ShopQueries;
import de.stammkunde.domain.reward.RewardQueries;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.reward.ManageRewards;
import de.stammkunde.domain.shared.ShopId;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rewards catalogue: staff read it, the owner keeps it. */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/rewards")
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class RewardController {
    private final RewardQueries rewards;
    private final ManageRewards manageRewards;
    private final ShopQueries shops;
    private final Transactions tx;

    RewardController(RewardQueries rewards, ManageRewards manageRewards, ShopQueries shops, Transactions tx) {
        this.rewards = rewards;
        this.manageRewards = manageRewards;
        this.shops = shops;
        this.tx = tx;
    }

    @GetMapping
    RewardDtos.RewardList list(@PathVariable UUID shopId) {
        return new RewardDtos.RewardList(tx.read(() -> rewards.catalogue(new ShopId(shopId), false)).stream()
                .map(RewardDtos::of).toList());
    }

    @PostMapping
    @PreAuthorize("hasRole('OWNER')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RewardDtos.RewardDto> create(@PathVariable UUID shopId, @Valid @RequestBody RewardRequest body,
                                                @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        var reward = tx.write(() -> manageRewards.create(shop,
                body.toCommand(shops.shop(shop).currency()), user.actor()));
        return ResponseEntity.created(URI.create("/api/v1/shops/" + shopId + "/rewards/" + reward.id()))
                .body(RewardDtos.of(reward));
    }

    @PutMapping("/{rewardId}")
    @PreAuthorize("hasRole('OWNER')")
    RewardDtos.RewardDto update(@PathVariable UUID shopId, @PathVariable UUID rewardId,
                                @Valid @RequestBody RewardRequest body, @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        return RewardDtos.of(tx.write(() -> manageRewards.update(shop, rewardId,
                body.toCommand(shops.shop(shop).currency()), user.actor())));
    }
}
