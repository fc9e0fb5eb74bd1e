package dev.iqconsole.catalog.ui;

import dev.iqconsole.catalog.Model;

/** Size filter buckets by total parameters (what decides how many accelerators the weights need). */
enum SizeBucket {
    SMALL("Up to 10B", 10),
    MEDIUM("10B to 50B", 50),
    LARGE("50B to 150B", 150),
    XLARGE("Over 150B", Double.POSITIVE_INFINITY);

    private final String label;
    private final double upperBillions;

    SizeBucket(String label, double upperBillions) {
        this.label = label;
        this.upperBillions = upperBillions;
    }

    String label() {
        return label;
    }

    static SizeBucket of(Model model) {
        for (var bucket : values()) {
            if (model.totalParamsB() < bucket.upperBillions) {
                return bucket;
            }
        }
        return XLARGE;
    }
}
