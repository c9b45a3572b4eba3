package de.stammkunde.domain.value;

import de.stammkunde.domain.clv.RfmData;
import java.util.Arrays;
import java.util.UUID;

/**
 * Every buying customer's purchase history summarised as of a date, in columns (a million customers are a few arrays,
 * not a million objects). Days are the shop's calendar days; several purchases on one day are one transaction
 * (the papers' convention). Per customer: x = repeat purchase days, recency = days from the first to the last
 * purchase day, age = days from the first purchase day to the calibration end, the mean value of the repeat days
 * (0 without any), the repeat days in the holdout period, the first and last purchase day (epoch days) and the net
 * revenue.
 */
public final class CustomerHistories {
    private final UUID[] ids;
    private final int[] x;
    private final int[] recencyDays;
    private final int[] ageDays;
    private final double[] meanRepeatValue;
    private final int[] holdoutRepeats;
    private final int[] firstDay;
    private final int[] lastDay;
    private final double[] revenue;
    private final int size;

    private CustomerHistories(Builder b) {
        size = b.size;
        ids = Arrays.copyOf(b.ids, size);
        x = Arrays.copyOf(b.x, size);
        recencyDays = Arrays.copyOf(b.recencyDays, size);
        ageDays = Arrays.copyOf(b.ageDays, size);
        meanRepeatValue = Arrays.copyOf(b.meanRepeatValue, size);
        holdoutRepeats = Arrays.copyOf(b.holdoutRepeats, size);
        firstDay = Arrays.copyOf(b.firstDay, size);
        lastDay = Arrays.copyOf(b.lastDay, size);
        revenue = Arrays.copyOf(b.revenue, size);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return size;
    }

    public UUID id(int i) {
        return ids[i];
    }

    public int frequency(int i) {
        return x[i];
    }

    public int recencyDays(int i) {
        return recencyDays[i];
    }

    public int ageDays(int i) {
        return ageDays[i];
    }

    public double recencyWeeks(int i) {
        return recencyDays[i] / 7.0;
    }

    public double ageWeeks(int i) {
        return ageDays[i] / 7.0;
    }

    public double meanRepeatValue(int i) {
        return meanRepeatValue[i];
    }

    public int holdoutRepeats(int i) {
        return holdoutRepeats[i];
    }

    public int firstDay(int i) {
        return firstDay[i];
    }

    public int lastDay(int i) {
        return lastDay[i];
    }

    public double revenue(int i) {
        return revenue[i];
    }

    /** Customers with at least one repeat purchase day. */
    public long repeaters() {
        long n = 0;
        for (int i = 0; i < size; i++) {
            if (x[i] > 0) {
                n++;
            }
        }
        return n;
    }

    /** The longest history, in days (0 when there is none). */
    public int maxAgeDays() {
        int max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, ageDays[i]);
        }
        return max;
    }

    /** The BG/NBD input in weeks. */
    public RfmData rfm() {
        var b = RfmData.builder(size);
        for (int i = 0; i < size; i++) {
            b.add(x[i], x[i] == 0 ? 0 : recencyDays[i] / 7.0, ageDays[i] / 7.0);
        }
        return b.build();
    }

    /** Collects rows; not thread-safe. */
    public static final class Builder {
        private UUID[] ids = new UUID[16];
        private int[] x = new int[16];
        private int[] recencyDays = new int[16];
        private int[] ageDays = new int[16];
        private double[] meanRepeatValue = new double[16];
        private int[] holdoutRepeats = new int[16];
        private int[] firstDay = new int[16];
        private int[] lastDay = new int[16];
        private double[] revenue = new double[16];
        private int size;

        public Builder add(UUID id, int frequency, int recency, int age, double meanRepeat, int holdout, int first,
                           int last, double revenueToDate) {
            if (frequency < 0 || recency < 0 || age < recency || (frequency == 0 && recency != 0)) {
                throw new IllegalArgumentException("inconsistent history for " + id + ": x=" + frequency
                        + " recency=" + recency + " age=" + age);
            }
            if (size == ids.length) {
                int n = size * 2;
                ids = Arrays.copyOf(ids, n);
                x = Arrays.copyOf(x, n);
                recencyDays = Arrays.copyOf(recencyDays, n);
                ageDays = Arrays.copyOf(ageDays, n);
                meanRepeatValue = Arrays.copyOf(meanRepeatValue, n);
                holdoutRepeats = Arrays.copyOf(holdoutRepeats, n);
                firstDay = Arrays.copyOf(firstDay, n);
                lastDay = Arrays.copyOf(lastDay, n);
                revenue = Arrays.copyOf(revenue, n);
            }
            ids[size] = id;
            x[size] = frequency;
            recencyDays[size] = recency;
            ageDays[size] = age;
            meanRepeatValue[size] = meanRepeat;
            holdoutRepeats[size] = holdout;
            firstDay[size] = first;
            lastDay[size] = last;
            revenue[size] = revenueToDate;
            size++;
            return this;
        }

        public CustomerHistories build() {
            return new CustomerHistories(this);
        }
    }
}
