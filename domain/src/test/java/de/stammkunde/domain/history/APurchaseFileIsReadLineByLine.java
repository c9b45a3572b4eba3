package de.stammkunde.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.shared.RejectedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The file format, line by line: what a line says, when it is refused and why, and how lines are identified. */
class APurchaseFileIsReadLineByLine {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private final PurchaseFile file = PurchaseFile.withHeader("\uFEFFAmount, Customer_Ref ,purchased_at,external_id",
            BERLIN, EUR);

    @Test
    void columnsAreFoundByNameInAnyOrderAndDatesAreInTheShopsZone() {
        var row = (PurchaseFile.Row) file.parse(2, "12.50,K-1,2024-03-31T01:30,", NOW, new OccurrenceCounter());
        assertThat(row.customerRef()).isEqualTo("K-1");
        assertThat(row.amount()).isEqualByComparingTo("12.50");
        assertThat(row.purchasedAt()).isEqualTo(Instant.parse("2024-03-31T00:30:00Z"));
        var day = (PurchaseFile.Row) file.parse(3, "1,K-1,2024-07-01,", NOW, new OccurrenceCounter());
        assertThat(day.purchasedAt()).as("a date is the start of that day in the shop's zone")
                .isEqualTo(Instant.parse("2024-06-30T22:00:00Z"));
        var offset = (PurchaseFile.Row) file.parse(4, "1,K-1,2024-07-01T10:00Z,", NOW, new OccurrenceCounter());
        assertThat(offset.purchasedAt()).isEqualTo(Instant.parse("2024-07-01T10:00:00Z"));
    }

    @Test
    void badLinesAreRefusedWithTheirReason() {
        var counter = new OccurrenceCounter();
        assertThat(reason("1,K-1,\"2024-01-01,", counter)).contains("quoting");
        assertThat(reason("1,,2024-01-01,", counter)).contains("customer_ref is empty");
        assertThat(reason("1,K-1,01.02.2024,", counter)).contains("not a date");
        assertThat(reason("-1,K-1,2024-01-01,", counter)).contains("negative");
        assertThat(reason("0,K-1,2024-01-01,", counter)).contains("zero");
        assertThat(reason("1.005,K-1,2024-01-01,", counter)).contains("decimals");
        assertThat(reason("zwölf,K-1,2024-01-01,", counter)).contains("not a number");
        assertThat(reason("1,K-1,2026-06-02,", counter)).contains("future");
        assertThat(reason("2000000,K-1,2024-01-01,", counter)).contains("1,000,000");
    }

    @Test
    void equalLinesAreNumberedSoTheyStayApartAndAreFoundAgain() {
        var first = new OccurrenceCounter();
        var a = key("3.50,K-1,2024-01-01,", first);
        var b = key("3.50,K-1,2024-01-01,", first);
        var c = key("3.50,K-2,2024-01-01,", first);
        assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
        var again = new OccurrenceCounter();
        assertThat(key("3.50,K-1,2024-01-01,", again)).as("the same file gives the same keys").isEqualTo(a);
        assertThat(key("3.5,K-1,2024-01-01,", again)).as("3.5 is 3.50").isEqualTo(b);
        assertThat(key("9,K-1,2024-01-01,R-77", again)).isEqualTo("x:R-77");
    }

    @Test
    void semicolonFilesUseTheDecimalComma() {
        var german = PurchaseFile.withHeader("customer_ref;purchased_at;amount", BERLIN, EUR);
        var row = (PurchaseFile.Row) german.parse(2, "K-1;2024-01-01;1.234,56", NOW, new OccurrenceCounter());
        assertThat(row.amount()).isEqualByComparingTo(new BigDecimal("1234.56"));
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsRefusesTheWholeFile() {
        assertThatThrownBy(() -> PurchaseFile.withHeader("kunde,datum,betrag", BERLIN, EUR))
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> assertThat(((RejectedException) e).rejection().field()).isEqualTo("file"));
        assertThatThrownBy(() -> PurchaseFile.withHeader("customer_ref,amount,amount,purchased_at", BERLIN, EUR))
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void theUploadCheckRefusesOtherEncodingsAndBinaryAndCountsLines() throws IOException {
        var good = new CheckedUpload(new ByteArrayInputStream("a,b\r\nä,1\nlast".getBytes(StandardCharsets.UTF_8)),
                1000);
        good.readAllBytes();
        assertThat(good.lines()).isEqualTo(3);
        assertThat(good.headerLine()).isEqualTo("a,b");
        var latin1 = new CheckedUpload(new ByteArrayInputStream("a\nMüller\n".getBytes(StandardCharsets.ISO_8859_1)),
                1000);
        assertThatThrownBy(latin1::readAllBytes).isInstanceOf(RejectedException.class).hasMessageContaining("UTF-8");
        var binary = new CheckedUpload(new ByteArrayInputStream(new byte[] {'a', 0}), 1000);
        assertThatThrownBy(binary::readAllBytes).isInstanceOf(RejectedException.class);
        var big = new CheckedUpload(new ByteArrayInputStream(new byte[2000]), 1000);
        assertThatThrownBy(big::readAllBytes).isInstanceOf(RejectedException.class);
        // a multi-byte character split across reads is fine
        byte[] umlauts = ("ü".repeat(99) + "\n").repeat(2_000).getBytes(StandardCharsets.UTF_8);
        var split = new CheckedUpload(new ByteArrayInputStream(umlauts), umlauts.length);
        byte[] buffer = new byte[333];
        while (split.read(buffer, 0, buffer.length) >= 0) {
            // reading in odd pieces
        }
        assertThat(split.bytes()).isEqualTo(umlauts.length);
    }

    @Test
    void aLineLongerThanAllowedIsReportedWithoutBeingKept() {
        var reader = new LineReader(new StringReader("a\n" + "x".repeat(50_000) + "\r\nb"), 100);
        assertThat(reader.next().text()).isEqualTo("a");
        var long1 = reader.next();
        assertThat(long1.number()).isEqualTo(2);
        assertThat(long1.text()).isNull();
        assertThat(reader.next().text()).isEqualTo("b");
        assertThat(reader.next()).isNull();
    }

    @Test
    void theOccurrenceCounterAgreesWithAHashMap() {
        var counter = new OccurrenceCounter();
        var reference = new HashMap<Long, Integer>();
        var random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextInt(50_000) - 2; // includes 0 and negatives
            int expected = reference.merge(key, 1, Integer::sum);
            assertThat(counter.next(key)).isEqualTo(expected);
        }
        assertThat(counter.distinct()).isEqualTo(reference.size());
    }

    @Test
    void channelCodesAreMadeFromNames() {
        assertThat(AcquisitionChannel.codeFor("Flyer am Markt")).isEqualTo("FLYER_AM_MARKT");
        assertThat(AcquisitionChannel.codeFor("Märkte & Feste")).isEqualTo("MAERKTE_FESTE");
        assertThat(AcquisitionChannel.codeFor("2 für 1")).isEqualTo("C_2_FUER_1");
        assertThat(AcquisitionChannel.codeFor("x".repeat(80))).hasSize(32);
    }

    private String reason(String line, OccurrenceCounter counter) {
        Object parsed = file.parse(9, line, NOW, counter);
        assertThat(parsed).as(line).isInstanceOf(PurchaseFile.Error.class);
        assertThat(((PurchaseFile.Error) parsed).line()).isEqualTo(9);
        return ((PurchaseFile.Error) parsed).reason();
    }

    private String key(String line, OccurrenceCounter counter) {
        return ((PurchaseFile.Row) file.parse(2, line, NOW, counter)).key();
    }
}
