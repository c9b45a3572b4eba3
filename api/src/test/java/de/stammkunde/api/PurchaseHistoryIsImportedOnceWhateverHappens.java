package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The purchase-history import as an owner uses it: a file with good and bad lines imports the good ones and lists
 * the bad ones by line and reason; the same file again, or an overlapping one, adds nothing twice; a file that
 * cannot be read as a whole is refused before anything is written; a job cut off by a restart resumes after the
 * last committed batch without duplicates.
 */
class PurchaseHistoryIsImportedOnceWhateverHappens extends ApiTest {
    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv");

    @Autowired
    DSLContext dsl;

    @Test
    void goodLinesImportBadLinesAreListedAndAReimportAddsNothing() {
        Fixtures.ShopContext shop = fixtures().newShop();
        String file = """
                customer_ref,purchased_at,amount,email,first_name,last_name,channel
                K-1,2019-03-01,12.50,anna@example.org,Anna,Alt,EVENT
                K-1,2019-03-01,12.50,,,,
                K-1,2024-06-30T17:45,7.20,,,,
                K-2,2025-01-15,3.10,,,,Nirgendwo
                K-3,"2025-02-01,4.00,,,,
                K-3,2025-13-01,4.00,,,,
                K-3,2025-02-01,-4.00,,,,
                K-3,2999-02-01,4.00,,,,
                K-3,2025-02-01,4.00,,Carl,,WEBSITE

                K-4,2025-03-01 08:00,9.99,,,,
                """;
        String id = upload(shop, file.getBytes(StandardCharsets.UTF_8));
        var job = awaitDone(shop, id);
        assertThat(job.text("/status")).isEqualTo("DONE");
        assertThat(job.json().at("/rowsTotal").asLong()).isEqualTo(11);
        assertThat(job.json().at("/imported").asLong()).as("two equal lines are two purchases").isEqualTo(5);
        assertThat(job.json().at("/skipped").asLong()).isEqualTo(5);
        assertThat(job.json().at("/customersCreated").asLong()).isEqualTo(3);
        var errors = job.json().at("/errors");
        assertThat(errors.get(0).at("/line").asLong()).isEqualTo(5);
        assertThat(errors.get(0).at("/reason").asString()).contains("channel 'Nirgendwo'");
        assertThat(errors.get(1).at("/reason").asString()).contains("quoting");
        assertThat(errors.get(2).at("/reason").asString()).contains("2025-13-01");
        assertThat(errors.get(3).at("/reason").asString()).contains("negative");
        assertThat(errors.get(4).at("/reason").asString()).contains("future");

        // the customers: acquired on their first purchase, channel from the file or OTHER, no points
        var customers = shop.owner().get(shop.path("/customers?q=Anna")).json().at("/items");
        assertThat(customers.size()).isEqualTo(1);
        var anna = shop.owner().get(shop.path("/customers/" + customers.get(0).at("/id").asString())).json();
        assertThat(anna.at("/acquiredOn").asString()).isEqualTo("2019-03-01");
        assertThat(anna.at("/acquisitionChannel").asString()).isEqualTo("EVENT");
        assertThat(anna.at("/balance/available").asLong()).as("imports earn no points").isZero();
        assertThat(purchases(shop)).isEqualTo(5);

        // the same file again: nothing new
        var again = awaitDone(shop, upload(shop, file.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.json().at("/imported").asLong()).isZero();
        assertThat(again.json().at("/duplicates").asLong()).isEqualTo(5);
        assertThat(again.json().at("/customersCreated").asLong()).isZero();

        // an overlapping file (semicolons and decimal commas, as German spreadsheets write it): only what is new
        String overlap = """
                customer_ref;purchased_at;amount
                K-1;2019-03-01;12,50
                K-1;2019-03-01;12,50
                K-1;2019-03-01;12,50
                K-4;2025-03-01 08:00;9,99
                K-5;2025-04-01;1.234,00
                """;
        var third = awaitDone(shop, upload(shop, overlap.getBytes(StandardCharsets.UTF_8)));
        assertThat(third.json().at("/imported").asLong()).as("the third equal line and K-5").isEqualTo(2);
        assertThat(third.json().at("/duplicates").asLong()).isEqualTo(3);
        assertThat(purchases(shop)).isEqualTo(7);
        assertThat(dsl.fetchValue("SELECT amount FROM purchase p JOIN customer c USING (shop_id, customer_id) "
                + "WHERE c.external_ref = 'K-5' AND p.shop_id = ?::uuid", shop.shopId()).toString())
                .startsWith("1234.00");

        // the error list as CSV
        var csv = shop.owner().send("GET", shop.path("/imports/" + id + "/errors.csv"), null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw()).startsWith("line,reason").contains("5,channel 'Nirgendwo'");
    }

    @Test
    void aFileThatCannotBeReadAsAWholeIsRefusedBeforeAnythingIsWritten() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var wrongHeader = shop.owner().send("POST", shop.path("/imports/purchases"),
                "kunde,datum,betrag\nK-1,2025-01-01,3.00\n", CSV);
        assertThat(wrongHeader.status()).isEqualTo(422);
        assertThat(wrongHeader.raw()).contains("customer_ref").contains("\"file\"");

        byte[] latin1 = "customer_ref,purchased_at,amount,last_name\nK-1,2025-01-01,3.00,Müller\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        var encoding = shop.owner().send("POST", shop.path("/imports/purchases"), latin1, CSV);
        assertThat(encoding.status()).isEqualTo(422);
        assertThat(encoding.raw()).contains("UTF-8");

        byte[] binary = {'c', 'u', 's', 't', 'o', 'm', 'e', 'r', '_', 'r', 'e', 'f', 0, 1, 2, '\n'};
        var notText = shop.owner().send("POST", shop.path("/imports/purchases"), binary, CSV);
        assertThat(notText.status()).isEqualTo(422);

        var empty = shop.owner().send("POST", shop.path("/imports/purchases"), "customer_ref,purchased_at,amount\n",
                CSV);
        assertThat(empty.status()).isEqualTo(422);

        assertThat(shop.owner().get(shop.path("/imports")).json().at("/items").size()).as("no job left").isZero();
        assertThat(dsl.fetchCount(DSL.table("import_chunk"), DSL.field("shop_id").eq(UUID.fromString(shop.shopId()))))
                .as("no stored file left").isZero();
        assertThat(purchases(shop)).isZero();
    }

    @Test
    void aTenMegabyteLineIsSkippedAndTheRestImports() {
        Fixtures.ShopContext shop = fixtures().newShop();
        String huge = "K-9,2025-01-01," + "9".repeat(10 * 1024 * 1024);
        String file = "customer_ref,purchased_at,amount\nK-1,2025-01-01,1.00\n" + huge + "\nK-2,2025-01-02,2.00\n";
        var job = awaitDone(shop, upload(shop, file.getBytes(StandardCharsets.UTF_8)));
        assertThat(job.json().at("/imported").asLong()).isEqualTo(2);
        assertThat(job.json().at("/errors/0/line").asLong()).isEqualTo(3);
        assertThat(job.json().at("/errors/0/reason").asString()).contains("longer than");
    }

    @Test
    void aJobCutOffByARestartResumesAfterItsLastBatchWithoutDuplicates() {
        Fixtures.ShopContext shop = fixtures().newShop();
        // 1,500 lines; lines 1000 and 1001 are equal (no external id): two purchases, one in each batch
        StringBuilder file = new StringBuilder("customer_ref,purchased_at,amount\n");
        for (int i = 1; i <= 1500; i++) {
            file.append(i == 1001 ? "K-X,2024-05-05,9.99" : i == 1000 ? "K-X,2024-05-05,9.99"
                    : "K-" + i + ",2024-01-01," + (i % 50 + 1) + ".00").append('\n');
        }
        String content = file.toString();
        // The first 1,000 lines were imported by the job before the "restart"...
        String head = content.lines().limit(1001).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
        awaitDone(shop, upload(shop, head.getBytes(StandardCharsets.UTF_8)));
        assertThat(purchases(shop)).isEqualTo(1000);
        // ...and the job itself, with the whole file, still RUNNING at 1,000 lines, its worker gone
        UUID jobId = UUID.randomUUID();
        UUID shopId = UUID.fromString(shop.shopId());
        OffsetDateTime longAgo = OffsetDateTime.now().minusMinutes(10);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        dsl.execute("INSERT INTO import_job (shop_id, import_id, kind, status, award_points, bytes, rows_total, "
                + "rows_done, imported, attempts, heartbeat_at, created_at, created_by, started_at) "
                + "VALUES (?, ?, 'PURCHASES', 'RUNNING', false, ?, 1500, 1000, 1000, 1, ?::timestamptz, ?::timestamptz, 'test', ?::timestamptz)",
                shopId, jobId, (long) bytes.length, longAgo.toString(), longAgo.toString(), longAgo.toString());
        dsl.execute("INSERT INTO import_chunk (shop_id, import_id, chunk_no, data) VALUES (?, ?, 0, ?)",
                shopId, jobId, bytes);
        var resumed = awaitDone(shop, jobId.toString());
        assertThat(resumed.text("/status")).isEqualTo("DONE");
        assertThat(resumed.json().at("/rowsDone").asLong()).isEqualTo(1500);
        assertThat(resumed.json().at("/imported").asLong()).as("1000 before the restart, 500 after").isEqualTo(1500);
        assertThat(resumed.json().at("/duplicates").asLong()).isZero();
        assertThat(purchases(shop)).isEqualTo(1500);
        assertThat(dsl.fetchValue("SELECT count(*) FROM purchase p JOIN customer c USING (shop_id, customer_id) "
                + "WHERE c.external_ref = 'K-X' AND p.shop_id = ?", shopId)).isEqualTo(2L);
    }

    @Test
    void theOwnerMayAwardPointsForImportedPurchases() {
        Fixtures.ShopContext shop = fixtures().newShop();
        String file = "customer_ref,purchased_at,amount,email\nP-1,2020-01-01,10.00,paul@example.org\n"
                + "P-1,2020-02-01,5.00,\n";
        var id = shop.owner().send("POST", shop.path("/imports/purchases?awardPoints=true"),
                file.getBytes(StandardCharsets.UTF_8), CSV).text("/id");
        var job = awaitDone(shop, id);
        assertThat(job.json().at("/imported").asLong()).isEqualTo(2);
        var paul = shop.owner().get(shop.path("/customers?q=paul")).json().at("/items/0/id").asString();
        assertThat(shop.owner().get(shop.path("/customers/" + paul)).json().at("/balance/available").asLong())
                .as("points by the shop's earning rule, 1 per euro").isEqualTo(15);
        // again: no second credit
        var again = awaitDone(shop, shop.owner().send("POST", shop.path("/imports/purchases?awardPoints=true"),
                file.getBytes(StandardCharsets.UTF_8), CSV).text("/id"));
        assertThat(again.json().at("/duplicates").asLong()).isEqualTo(2);
        assertThat(shop.owner().get(shop.path("/customers/" + paul)).json().at("/balance/available").asLong())
                .isEqualTo(15);
    }

    private String upload(Fixtures.ShopContext shop, byte[] content) {
        var accepted = shop.owner().send("POST", shop.path("/imports/purchases"), content, CSV);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        assertThat(accepted.header("Location")).contains(accepted.text("/href"));
        return accepted.text("/id");
    }

    private static ApiClient.Response awaitDone(Fixtures.ShopContext shop, String id) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            var job = shop.owner().get(shop.path("/imports/" + id));
            String status = job.text("/status");
            if (status.equals("DONE") || status.equals("FAILED") || Instant.now().isAfter(until)) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private long purchases(Fixtures.ShopContext shop) {
        return dsl.fetchCount(DSL.table("purchase"), DSL.field("shop_id").eq(UUID.fromString(shop.shopId())));
    }
}
