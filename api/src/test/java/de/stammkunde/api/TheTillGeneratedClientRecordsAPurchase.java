package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import de.stammkunde.tillclient.ApiClient;
import de.stammkunde.tillclient.ApiException;
import de.stammkunde.tillclient.api.PurchaseApi;
import de.stammkunde.tillclient.api.RewardApi;
import de.stammkunde.tillclient.model.PurchaseLineDto;
import de.stammkunde.tillclient.model.RecordPurchaseRequest;
import de.stammkunde.tillclient.model.RecordedDto;
import de.stammkunde.tillclient.model.ReturnRequest;
import de.stammkunde.tillclient.model.ReturnedDto;
import de.stammkunde.tillclient.model.LineRequest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A till developer generates a Java client from {@code docs/openapi.json} (openapi-generator, at build time into
 * the test sources) and records a purchase, a retry and a return with it, authenticated by an API key.
 */
class TheTillGeneratedClientRecordsAPurchase extends ApiTest {
    @Test
    void aPurchaseARetryAndAReturnThroughTheGeneratedClient() throws ApiException {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        String secret = shop.owner().post(shop.path("/api-keys"), Map.of("name", "Kasse 1")).text("/secret");
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + secret));
        PurchaseApi purchases = new PurchaseApi(client);
        UUID shopId = UUID.fromString(shop.shopId());
        UUID customerId = UUID.fromString(customer.customerId());
        String key = UUID.randomUUID().toString();
        var request = new RecordPurchaseRequest().amount(new BigDecimal("42.50")).currency("EUR").reference("Bon 7")
                .addLinesItem(new LineRequest().category("Kaffee").amount(new BigDecimal("3.20")));

        RecordedDto recorded = purchases.purchaseRecord(shopId, customerId, request, key);
        RecordedDto retried = purchases.purchaseRecord(shopId, customerId, request, key);

        assertThat(recorded.getPurchase().getAmount()).isEqualTo("42.50");
        assertThat(recorded.getPurchase().getCurrency()).isEqualTo("EUR");
        assertThat(recorded.getPointsEarned()).isEqualTo(42L);
        assertThat(recorded.getBalance().getAvailable()).isEqualTo(42L);
        assertThat(recorded.getLines()).containsExactly(new PurchaseLineDto().category("Kaffee").amount("3.20"));
        assertThat(retried).as("the retry gets the first answer").isEqualTo(recorded);

        ReturnedDto returned = purchases.purchaseReturnGoods(shopId, customerId,
                UUID.fromString(recorded.getPurchase().getId()),
                new ReturnRequest().amount(new BigDecimal("10.00")).currency("EUR"), UUID.randomUUID().toString());
        assertThat(returned.getPointsReversed()).as("10.00 of 42.50 takes back 9 of 42, rounded down").isEqualTo(9L);
        assertThat(returned.getBalance().getAvailable()).isEqualTo(33L);

        assertThatThrownBy(() -> new RewardApi(client).rewardList(shopId))
                .as("a till key may not read the catalogue")
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("\"code\":\"forbidden\"");
                });
    }
}
