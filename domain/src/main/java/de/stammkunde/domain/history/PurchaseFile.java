package de.stammkunde.domain.history;

import de.stammkunde.domain.shared.Decision;
import de.stammkunde.domain.shared.EmailAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The format of a purchase-history file: a header line naming the columns — {@code customer_ref,purchased_at,amount},
 * optionally {@code email,first_name,last_name,channel,external_id,currency}, in any order — then one purchase per
 * line. Comma-separated with a decimal point, or (as spreadsheets in German settings write it) semicolon-separated
 * with a decimal comma; the header decides. {@code purchased_at} is an ISO date or date-time in the shop's zone (or
 * with an offset). Quoted fields follow RFC 4180, but a record must not span lines.
 */
public final class PurchaseFile {
    public static final List<String> REQUIRED = List.of("customer_ref", "purchased_at", "amount");
    public static final List<String> OPTIONAL =
            List.of("email", "first_name", "last_name", "channel", "external_id", "currency");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    /** A good row: what it says, already checked. {@code key} identifies the purchase across imports. */
    public record Row(long line, String customerRef, Instant purchasedAt, LocalDate purchasedOn, BigDecimal amount,
                      @Nullable String email, @Nullable String firstName, @Nullable String lastName,
                      @Nullable String channel, @Nullable String externalId, String key) {
    }

    /** A line that cannot be imported, and why (in words, for the owner). */
    public record Error(long line, String reason) {
    }

    private final CSVFormat format;
    private final Map<String, Integer> columns;
    private final boolean decimalComma;
    private final ZoneId zone;
    private final Currency currency;

    private PurchaseFile(CSVFormat format, Map<String, Integer> columns, boolean decimalComma, ZoneId zone,
                         Currency currency) {
        this.format = format;
        this.columns = columns;
        this.decimalComma = decimalComma;
        this.zone = zone;
        this.currency = currency;
    }

    /** Reads the header line; rejects (field {@code file}) a file that does not name the required columns. */
    public static PurchaseFile withHeader(String headerLine, ZoneId zone, Currency currency) {
        String header = headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
        boolean semicolon = header.indexOf(';') >= 0 && header.indexOf(',') < 0;
        CSVFormat format = (semicolon ? CSVFormat.DEFAULT.builder().setDelimiter(';') : CSVFormat.DEFAULT.builder())
                .setTrim(true).get();
        List<String> names;
        try {
            names = parseLine(format, header).stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        } catch (IllegalArgumentException e) {
            names = List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if ((REQUIRED.contains(name) || OPTIONAL.contains(name)) && columns.putIfAbsent(name, i) != null) {
                Decision.reject("import-header-invalid", "file", "The column {0} appears twice in the first line",
                        name).orThrow();
            }
        }
        if (!columns.keySet().containsAll(REQUIRED)) {
            Decision.reject("import-header-invalid", "file",
                    "The first line must name the columns customer_ref,purchased_at,amount (it reads: {0})",
                    abbreviate(header, 120)).orThrow();
        }
        return new PurchaseFile(format, Map.copyOf(columns), semicolon, zone, currency);
    }

    /**
     * Parses one data line. {@code occurrence} numbers identical purchases without an {@code external_id} within the
     * file (1 for the first), so two equal lines stay two purchases and a re-import still finds both.
     */
    public Object parse(long line, String text, Instant now, OccurrenceCounter occurrences) {
        List<String> values;
        try {
            values = parseLine(format, text);
        } catch (IllegalArgumentException e) {
            return new Error(line, "broken quoting: a quoted field must end with a quote before the line ends");
        }
        String ref = value(values, "customer_ref");
        if (ref == null) {
            return new Error(line, "customer_ref is empty");
        }
        if (ref.length() > 100) {
            return new Error(line, "customer_ref is longer than 100 characters");
        }
        String at = value(values, "purchased_at");
        if (at == null) {
            return new Error(line, "purchased_at is empty");
        }
        Instant purchasedAt = instant(at);
        if (purchasedAt == null) {
            return new Error(line, "purchased_at '" + abbreviate(at, 40)
                    + "' is not a date like 2024-03-15 or a date-time like 2024-03-15T10:30");
        }
        if (purchasedAt.isAfter(now)) {
            return new Error(line, "purchased_at " + abbreviate(at, 40) + " lies in the future");
        }
        if (purchasedAt.isBefore(Instant.parse("1970-01-01T00:00:00Z"))) {
            return new Error(line, "purchased_at " + abbreviate(at, 40) + " lies before 1970");
        }
        String amountText = value(values, "amount");
        if (amountText == null) {
            return new Error(line, "amount is empty");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(decimalComma ? amountText.replace(".", "").replace(',', '.') : amountText);
        } catch (NumberFormatException e) {
            return new Error(line, "amount '" + abbreviate(amountText, 40) + "' is not a number like "
                    + (decimalComma ? "12,50" : "12.50"));
        }
        if (amount.signum() < 0) {
            return new Error(line, "amount " + amountText + " is negative (returns are not imported as purchases)");
        }
        if (amount.signum() == 0) {
            return new Error(line, "amount is zero");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            return new Error(line, "amount " + amountText + " is more than 1,000,000");
        }
        if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            return new Error(line, "amount " + amountText + " has more decimals than " + currency.getCurrencyCode());
        }
        String rowCurrency = value(values, "currency");
        if (rowCurrency != null && !rowCurrency.equalsIgnoreCase(currency.getCurrencyCode())) {
            return new Error(line, "currency " + abbreviate(rowCurrency, 10) + " is not the shop's currency "
                    + currency.getCurrencyCode());
        }
        String email = value(values, "email");
        if (email != null) {
            if (!EmailAddress.looksValid(email) || email.length() > 254) {
                return new Error(line, "email '" + abbreviate(email, 60) + "' is not an e-mail address");
            }
            email = EmailAddress.normalise(email);
        }
        String first = value(values, "first_name");
        String last = value(values, "last_name");
        if ((first != null && first.length() > 100) || (last != null && last.length() > 100)) {
            return new Error(line, "a name is longer than 100 characters");
        }
        String channel = value(values, "channel");
        if (channel != null && channel.length() > 60) {
            return new Error(line, "channel is longer than 60 characters");
        }
        String externalId = value(values, "external_id");
        if (externalId != null && externalId.length() > 80) {
            return new Error(line, "external_id is longer than 80 characters");
        }
        amount = amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), java.math.RoundingMode.UNNECESSARY);
        String key;
        if (externalId != null) {
            key = "x:" + externalId;
        } else {
            String identity = ref + "|" + purchasedAt + "|" + amount.toPlainString();
            byte[] hash = sha256(identity);
            long hash64 = java.nio.ByteBuffer.wrap(hash).getLong();
            int occurrence = occurrences.next(hash64);
            key = "h:" + HexFormat.of().formatHex(hash, 0, 20) + ":" + occurrence;
        }
        return new Row(line, ref, purchasedAt, LocalDate.ofInstant(purchasedAt, zone), amount, email, first, last,
                channel, externalId, key);
    }

    private @Nullable String value(List<String> values, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= values.size()) {
            return null;
        }
        String v = values.get(i);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private @Nullable Instant instant(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
            String t = text.replace(' ', 'T');
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> parseLine(CSVFormat format, String line) {
        try (CSVParser parser = CSVParser.parse(line, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalArgumentException("not one record");
            }
            return records.getFirst().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
