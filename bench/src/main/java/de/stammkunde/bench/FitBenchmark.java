package de.stammkunde.bench;

import de.stammkunde.domain.clv.BgNbdFit;
import de.stammkunde.domain.clv.BgNbdFitter;
import de.stammkunde.domain.clv.GammaGammaFitter;
import de.stammkunde.domain.clv.RfmData;
import java.util.Arrays;
import java.util.Locale;
import org.hipparchus.random.RandomDataGenerator;

/**
 * How long fitting BG/NBD and Gamma-Gamma takes for N customers (arguments: the sizes; default 100000 1000000): the
 * per-customer summaries are simulated in day resolution (what the SQL summary gives), then each size is fitted five
 * times in this JVM — the first is reported separately (a cold start), the median of the other four as the figure.
 * Prints one line per size: {@code fit n=… rows=… cold_s=… median_s=… gg_median_s=… converged=…}.
 */
public final class FitBenchmark {
    private FitBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) {
            RandomDataGenerator random = new RandomDataGenerator(n);
            var rfm = RfmData.builder(n);
            int[] x = new int[n];
            double[] m = new double[n];
            long[] w = new long[n];
            int repeaters = 0;
            for (int i = 0; i < n; i++) {
                double lambda = random.nextGamma(Simulation.R, 1) / Simulation.ALPHA;
                double p = random.nextBeta(Simulation.A, Simulation.B);
                int age = 7 * 27 + random.nextInt(7 * 12); // 27-39 weeks, like CDNOW's calibration
                double nu = random.nextGamma(3.74, 1) / 15.44;
                int count = 0;
                int last = 0;
                double t = 0;
                double spend = 0;
                while (true) {
                    t += -Math.log(1 - random.nextDouble()) / lambda * 7;
                    if (t > age) {
                        break;
                    }
                    if ((int) t != last) {
                        count++;
                        last = (int) t;
                        spend += random.nextGamma(6.25, 1) / nu;
                    }
                    if (random.nextDouble() < p) {
                        break;
                    }
                }
                rfm.add(count, count == 0 ? 0 : last / 7.0, age / 7.0);
                if (count > 0) {
                    x[repeaters] = count;
                    m[repeaters] = spend / count;
                    w[repeaters] = 1;
                    repeaters++;
                }
            }
            RfmData data = rfm.build();
            double[] times = new double[5];
            double[] gg = new double[5];
            BgNbdFit fit = null;
            for (int k = 0; k < times.length; k++) {
                long start = System.nanoTime();
                fit = BgNbdFitter.fit(data);
                times[k] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                GammaGammaFitter.fit(x, m, w, repeaters);
                gg[k] = (System.nanoTime() - start) / 1e9;
            }
            System.out.printf(Locale.ROOT, "fit n=%d repeaters=%d cold_s=%.3f median_s=%.3f gg_median_s=%.3f "
                            + "converged=%s r=%.3f alpha=%.3f a=%.3f b=%.3f%n", n, repeaters, times[0],
                    median(Arrays.copyOfRange(times, 1, 5)), median(Arrays.copyOfRange(gg, 1, 5)), fit.converged(),
                    fit.parameters().r(), fit.parameters().alpha(), fit.parameters().a(), fit.parameters().b());
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return (v[(v.length - 1) / 2] + v[v.length / 2]) / 2;
    }
}
