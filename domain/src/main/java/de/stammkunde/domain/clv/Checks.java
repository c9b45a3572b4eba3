package de.stammkunde.domain.clv;

/** Argument checks shared by the models; every failure is an {@link IllegalArgumentException} naming the problem. */
final class Checks {
    private Checks() {
    }

    /** A customer summary (x, t<sub>x</sub>, T): x ≥ 0, 0 ≤ t<sub>x</sub> ≤ T finite, t<sub>x</sub> = 0 when x = 0. */
    static void history(int x, double tx, double T) {
        if (x < 0) {
            throw new IllegalArgumentException("x (number of repeat purchases) must not be negative, was " + x);
        }
        if (!Double.isFinite(T) || T < 0) {
            throw new IllegalArgumentException("T (age in weeks since the first purchase) must be a finite number"
                    + " >= 0, was " + T);
        }
        if (!Double.isFinite(tx) || tx < 0) {
            throw new IllegalArgumentException("tx (weeks from the first to the last repeat purchase) must be a"
                    + " finite number >= 0, was " + tx);
        }
        if (tx > T) {
            throw new IllegalArgumentException("tx (weeks from the first to the last repeat purchase) must not exceed"
                    + " T (age in weeks), but tx = " + tx + " > T = " + T);
        }
        if (x == 0 && tx != 0) {
            throw new IllegalArgumentException("tx must be 0 for a customer without repeat purchases (x = 0), was "
                    + tx);
        }
    }

    static void positive(String name, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, was " + value);
        }
    }

    static void horizon(double t) {
        if (!Double.isFinite(t) || t < 0) {
            throw new IllegalArgumentException("t (forecast horizon in weeks) must be a finite number >= 0, was " + t);
        }
    }

    static void weight(long weight) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight (number of customers with this summary) must be at least 1,"
                    + " was " + weight);
        }
    }
}
