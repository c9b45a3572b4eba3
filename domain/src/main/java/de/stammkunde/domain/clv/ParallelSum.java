package de.stammkunde.domain.clv;

import java.util.stream.IntStream;

/**
 * Sums a function over the rows 0..n−1 in fixed chunks, the chunks in parallel on the common fork-join pool (the
 * calling thread works too, so two cores are used even where the pool has a single worker). The partial sums are
 * added in chunk order, so the result does not depend on the number of threads or on scheduling.
 */
final class ParallelSum {
    static final int CHUNK = 8192;

    @FunctionalInterface
    interface RangeSum {
        /** The sum over rows from (inclusive) to to (exclusive). */
        double sum(int from, int to);
    }

    @FunctionalInterface
    interface RangeSums {
        /** Adds the sums over rows from (inclusive) to to (exclusive) into {@code sums}. */
        void add(int from, int to, double[] sums);
    }

    private ParallelSum() {
    }

    /** Like {@link #sum}, for several sums at once (for example a value, its gradient and its Hessian). */
    static double[] sums(int n, int count, RangeSums f) {
        int chunks = (int) Math.max(1, (n + (long) CHUNK - 1) / CHUNK);
        double[][] partial = new double[chunks][count];
        if (chunks == 1) {
            f.add(0, n, partial[0]);
        } else {
            IntStream.range(0, chunks).parallel()
                    .forEach(c -> f.add(c * CHUNK, (int) Math.min(n, (long) (c + 1) * CHUNK), partial[c]));
        }
        double[] sums = new double[count];
        for (double[] p : partial) {
            for (int i = 0; i < count; i++) {
                sums[i] += p[i];
            }
        }
        return sums;
    }

    static double sum(int n, RangeSum f) {
        int chunks = (int) ((n + (long) CHUNK - 1) / CHUNK);
        if (chunks <= 1) {
            return f.sum(0, n);
        }
        double[] partial = new double[chunks];
        IntStream.range(0, chunks).parallel()
                .forEach(c -> partial[c] = f.sum(c * CHUNK, (int) Math.min(n, (long) (c + 1) * CHUNK)));
        double sum = 0;
        for (double p : partial) {
            sum += p;
        }
        return sum;
    }
}
