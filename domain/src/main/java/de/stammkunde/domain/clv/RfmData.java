package de.stammkunde.domain.clv;

import java.util.Arrays;
import java.util.Objects;

/**
 * Columnar, weighted per-customer summaries for the BG/NBD model: per row the number of repeat purchase days x, the
 * time of the last repeat purchase t<sub>x</sub> and the age T, both in weeks since the customer's first purchase, and
 * how many customers share exactly this summary (identical (x, t<sub>x</sub>, T) customers may be merged into one row
 * with a weight; {@link BgNbdFitter} also merges identical rows itself).
 *
 * <p>Conventions (Fader, Hardie &amp; Lee 2005): several purchases on one day count as one; the first purchase is not
 * counted in x; t<sub>x</sub> = 0 when x = 0; 0 ≤ t<sub>x</sub> ≤ T. Rows keep the order in which they were added.
 * Immutable once built.
 */
public final class RfmData {
    private final int[] frequency;
    private final double[] recency;
    private final double[] age;
    private final long[] weight;
    private final long customers;

    private RfmData(int[] frequency, double[] recency, double[] age, long[] weight, long customers) {
        this.frequency = frequency;
        this.recency = recency;
        this.age = age;
        this.weight = weight;
        this.customers = customers;
    }

    public static Builder builder() {
        return new Builder(1024);
    }

    /** A builder with room for {@code expectedRows} rows before it grows. */
    public static Builder builder(int expectedRows) {
        if (expectedRows < 0) {
            throw new IllegalArgumentException("expectedRows must not be negative, was " + expectedRows);
        }
        return new Builder(Math.max(16, expectedRows));
    }

    /** The number of rows. */
    public int size() {
        return frequency.length;
    }

    /** The number of customers: the sum of the weights. */
    public long customers() {
        return customers;
    }

    /** x of row i: the number of repeat purchase days. */
    public int frequency(int i) {
        return frequency[Objects.checkIndex(i, frequency.length)];
    }

    /** t<sub>x</sub> of row i: weeks from the first to the last repeat purchase (0 when x = 0). */
    public double recency(int i) {
        return recency[Objects.checkIndex(i, recency.length)];
    }

    /** T of row i: weeks from the first purchase to the end of the calibration period. */
    public double age(int i) {
        return age[Objects.checkIndex(i, age.length)];
    }

    /** How many customers have the summary of row i. */
    public long weight(int i) {
        return weight[Objects.checkIndex(i, weight.length)];
    }

    // The columns themselves, for the fitters in this package (never modified there).
    int[] frequencies() {
        return frequency;
    }

    double[] recencies() {
        return recency;
    }

    double[] ages() {
        return age;
    }

    long[] weights() {
        return weight;
    }

    /** Collects rows; not thread-safe. */
    public static final class Builder {
        private int[] frequency;
        private double[] recency;
        private double[] age;
        private long[] weight;
        private int size;
        private long customers;

        private Builder(int capacity) {
            frequency = new int[capacity];
            recency = new double[capacity];
            age = new double[capacity];
            weight = new long[capacity];
        }

        /** Adds one customer. */
        public Builder add(int x, double tx, double T) {
            return add(x, tx, T, 1);
        }

        /**
         * Adds {@code weight} customers with the same summary.
         *
         * @throws IllegalArgumentException if x &lt; 0, t<sub>x</sub> or T is not finite or negative, t<sub>x</sub>
         *         &gt; T, t<sub>x</sub> ≠ 0 while x = 0, or weight &lt; 1
         */
        public Builder add(int x, double tx, double T, long weight) {
            Checks.history(x, tx, T);
            Checks.weight(weight);
            if (customers > Long.MAX_VALUE - weight) {
                throw new IllegalArgumentException("the total weight exceeds " + Long.MAX_VALUE);
            }
            if (size == frequency.length) {
                int capacity = Math.max(16, size + (size >> 1));
                frequency = Arrays.copyOf(frequency, capacity);
                recency = Arrays.copyOf(recency, capacity);
                age = Arrays.copyOf(age, capacity);
                this.weight = Arrays.copyOf(this.weight, capacity);
            }
            frequency[size] = x;
            recency[size] = tx + 0.0; // -0.0 becomes 0.0, so equal summaries are bitwise equal
            age[size] = T + 0.0;
            this.weight[size] = weight;
            size++;
            customers += weight;
            return this;
        }

        public RfmData build() {
            return new RfmData(Arrays.copyOf(frequency, size), Arrays.copyOf(recency, size),
                    Arrays.copyOf(age, size), Arrays.copyOf(weight, size), customers);
        }
    }
}
