package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The browser app's files: hashed assets cached for a year as immutable and sent brotli- or gzip-compressed when the
 * browser accepts it; index.html revalidated on every load; large JSON answers gzipped.
 */
class TheAppIsServedCompressedAndCached extends ApiTest {
    private static final Pattern ASSET = Pattern.compile("/assets/[A-Za-z0-9_-]+\\.(?:js|css)");

    @Test
    void hashedAssetsAreImmutableAndPrecompressedIndexIsRevalidated() {
        ApiClient browser = newClient();
        var index = browser.send("GET", "/portal/login", null, Map.of("Accept", "text/html"));
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.header("Cache-Control").orElse("")).as("index.html is asked for again").contains("no-cache")
                .doesNotContain("max-age=31536000");
        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(index.raw());
        while (m.find()) {
            assets.add(m.group());
        }
        assertThat(assets).as("index.html names its script and stylesheet").hasSizeGreaterThanOrEqualTo(2);

        int compressed = 0;
        for (String asset : assets) {
            var plain = browser.send("GET", asset, null, Map.of("Accept", "*/*", "Accept-Encoding", "identity"));
            assertThat(plain.status()).as(asset).isEqualTo(200);
            assertThat(plain.header("Content-Encoding")).as(asset).isEmpty();
            assertThat(plain.header("Cache-Control").orElse("")).as(asset)
                    .contains("max-age=31536000").contains("immutable").contains("public");
            if (plain.raw().length() < 1024) {
                continue; // the build leaves files under 1 KB as they are
            }
            compressed++;
            var brotli = browser.send("GET", asset, null, Map.of("Accept", "*/*", "Accept-Encoding", "gzip, br"));
            assertThat(brotli.status()).as(asset).isEqualTo(200);
            assertThat(brotli.header("Content-Encoding")).as(asset + " " + brotli.headers()).contains("br");
            assertThat(brotli.header("Cache-Control").orElse("")).as(asset)
                    .contains("max-age=31536000").contains("immutable").contains("public");
            assertThat(brotli.header("Vary").orElse("")).as(asset).contains("Accept-Encoding");

            var gzip = browser.send("GET", asset, null, Map.of("Accept", "*/*", "Accept-Encoding", "gzip"));
            assertThat(gzip.header("Content-Encoding")).as(asset).contains("gzip");
            assertThat(plain.raw().length()).as("compressed is smaller: " + asset)
                    .isGreaterThan(brotli.header("Content-Length").map(Integer::parseInt).orElse(brotli.raw().length()));
        }
        assertThat(compressed).as("the script and the stylesheet at least").isGreaterThanOrEqualTo(2);
        for (String asset : assets) {
            assertThat(gunzip(fetch(asset, "gzip"))).as("the compressed copy is the file as built: " + asset)
                    .isEqualTo(fetch(asset, "identity"));
        }
        var unknown = browser.send("GET", "/assets/nothing-here.js", null, Map.of("Accept", "*/*"));
        assertThat(unknown.status()).isEqualTo(404);
    }

    private byte[] fetch(String path, String encoding) {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
                    .header("Accept-Encoding", encoding).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] bytes) {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return bytes; // small files are sent as they are
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void largeJsonAnswersAreGzippedWhenTheBrowserAsks() {
        var shop = fixtures().newShop();
        for (int i = 0; i < 25; i++) {
            fixtures().newCustomer(shop);
        }
        var zipped = shop.owner().send("GET", shop.path("/customers?size=25"), null,
                Map.of("Accept-Encoding", "gzip"));
        assertThat(zipped.status()).isEqualTo(200);
        assertThat(zipped.header("Content-Encoding")).contains("gzip");
        var plain = shop.owner().get(shop.path("/customers?size=25"));
        assertThat(plain.header("Content-Encoding")).isEmpty();
        assertThat(plain.json().at("/items").size()).isEqualTo(25);
    }
}
