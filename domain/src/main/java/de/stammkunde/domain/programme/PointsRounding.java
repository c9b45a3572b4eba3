package de.stammkunde.domain.programme;

import java.math.RoundingMode;

/** How a fraction of a point is rounded: down (never more than the rate gives) or commercially (half up). */
public enum PointsRounding {
    DOWN(RoundingMode.DOWN), HALF_UP(RoundingMode.HALF_UP);

    private final RoundingMode mode;

    PointsRounding(RoundingMode mode) {
        this.mode = mode;
    }

    public RoundingMode mode() {
        return mode;
    }
}
