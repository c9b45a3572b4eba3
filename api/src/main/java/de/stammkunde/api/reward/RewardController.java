package de.stammkunde.api.reward;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.api.security.StammkundeUser;
import de.stammkunde.domain.reward.ManageRewards;
import de.stammkunde.domain.reward.Rewards;
import de.stammkunde.domain.shared.ShopId;
import de.stammkunde.domain.shop.Shops;
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
    private final Rewards rewards;
    private final ManageRewards manageRewards;
    private final Shops shops;
    private final Transactions tx;

    RewardController(Rewards rewards, ManageRewards manageRewards, Shops shops, Transactions tx) {
        this.rewards = rewards;
        this.manageRewards = manageRewards;
        this.shops = shops;
        this.tx = tx;
    }

    @GetMapping
    RewardDtos.RewardList list(@PathVariable UUID shopId) {
        return new RewardDtos.RewardList(tx.read(() -> rewards.all(new ShopId(shopId), false)).stream()
                .map(RewardDtos::of).toList());
    }

    @PostMapping
    @PreAuthorize("hasRole('OWNER')")
    ResponseEntity<RewardDtos.RewardDto> create(@PathVariable UUID shopId, @Valid @RequestBody RewardRequest body,
                                                @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        var reward = tx.write(() -> manageRewards.create(shop,
                body.toCommand(shops.byId(shop).orElseThrow().currency()), user.actor()));
        return ResponseEntity.created(URI.create("/api/v1/shops/" + shopId + "/rewards/" + reward.id()))
                .body(RewardDtos.of(reward));
    }

    @PutMapping("/{rewardId}")
    @PreAuthorize("hasRole('OWNER')")
    RewardDtos.RewardDto update(@PathVariable UUID shopId, @PathVariable UUID rewardId,
                                @Valid @RequestBody RewardRequest body, @AuthenticationPrincipal StammkundeUser user) {
        ShopId shop = new ShopId(shopId);
        return RewardDtos.of(tx.write(() -> manageRewards.update(shop, rewardId,
                body.toCommand(shops.byId(shop).orElseThrow().currency()), user.actor())));
    }
}
