package de.stammkunde.bench;

import de.stammkunde.domain.value.CustomerHistories;
import de.stammkunde.domain.value.ModelSelection;
import de.stammkunde.domain.value.ScoreCustomers;
import de.stammkunde.domain.value.ValueSettings;
import java.time.LocalDate;
import java.util.Locale;
import org.hipparchus.random.RandomDataGenerator;
import java.util.UUID;

/**
 * How long choosing the model and scoring N customers takes in the domain (argument: N, default 137000 — the
 * benchmark shop's customers): simulated histories in day resolution over five years, BG/NBD and Gamma-Gamma fitted,
 * every customer's P(alive), expected purchases, value and 36-month discounted CLV computed. Prints
 * {@code score n=… select_s=… score_s=…}.
 */
public final class ScoreBenchmark {
    private ScoreBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length == 0 ? 137_000 : Integer.parseInt(args[0]);
        LocalDate today = LocalDate.now();
        int todayDay = (int) today.toEpochDay();
        RandomDataGenerator random = new RandomDataGenerator(3);
        var b = CustomerHistories.builder();
        for (int c = 0; c < n; c++) {
            double lambda = random.nextGamma(0.9, 1) / 3.0;
            double p = random.nextBeta(1.2, 5);
            int first = todayDay - 1 - random.nextInt(5 * 365);
            double mean = 5 + random.nextGamma(3, 1) * 3;
            int x = 0;
            int last = first;
            double t = first;
            double sum = 0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / lambda * 7;
                if (t > todayDay) {
                    break;
                }
                if ((int) t != last) {
                    x++;
                    last = (int) t;
                    sum += mean * (0.5 + random.nextDouble());
                }
                if (random.nextDouble() < p) {
                    break;
                }
            }
            b.add(UUID.randomUUID(), x, last - first, todayDay - first, x == 0 ? 0 : sum / x, 0, first, last,
                    mean + sum);
        }
        var histories = b.build();
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            var selected = ModelSelection.select(histories, new long[] {1000, 400});
            double selectS = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            var scores = ScoreCustomers.score(histories, selected, ValueSettings.DEFAULTS, today, q -> { });
            double scoreS = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "score n=%d model=%s select_s=%.3f score_s=%.3f scored=%d%n", n,
                    selected.kind(), selectS, scoreS, scores.size());
        }
    }
}
