package de.stammkunde.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.hipparchus.random.RandomDataGenerator;

/**
 * Writes a purchase-history file of about N lines (arguments: path, lines): customers over five years as BG/NBD tells
 * it, one line per purchase, {@code customer_ref,purchased_at,amount,external_id}, plus every 1,000th line a bad one
 * (negative amount, bad date or broken quoting) so the error path is part of the measurement.
 */
public final class HistoryFile {
    private HistoryFile() {
    }

    public static void main(String[] args) throws IOException {
        Path path = Path.of(args[0]);
        long lines = Long.parseLong(args[1]);
        RandomDataGenerator random = new RandomDataGenerator(7);
        LocalDate start = LocalDate.now().minusYears(5);
        int days = 5 * 365;
        long written = 0;
        int customer = 0;
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            out.write("customer_ref,purchased_at,amount,external_id\n");
            while (written < lines) {
                customer++;
                double lambda = random.nextGamma(0.9, 1) / 3.0;
                double p = random.nextBeta(1.2, 5);
                double t = random.nextInt(days) / 7.0;
                double basket = 5 + random.nextGamma(3, 1) * 3;
                while (written < lines && t * 7 < days) {
                    written++;
                    if (written % 1000 == 0) {
                        out.write(switch ((int) (written / 1000 % 3)) {
                            case 0 -> "C" + customer + "," + start.plusDays((long) (t * 7)) + ",-1.00,\n";
                            case 1 -> "C" + customer + ",31.02.2024,1.00,\n";
                            default -> "C" + customer + ",\"2024-01-01,1.00,\n";
                        });
                    } else {
                        out.write(String.format(Locale.ROOT, "C%d,%s,%.2f,R%d%n", customer,
                                start.plusDays((long) (t * 7)), basket * (0.5 + random.nextDouble()), written));
                    }
                    t += -Math.log(1 - random.nextDouble()) / lambda;
                    if (random.nextDouble() < p) {
                        break;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "history lines=%d customers=%d bytes=%d%n", written, customer,
                Files.size(path));
    }
}
