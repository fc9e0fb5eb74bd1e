package dev.iqconsole.profile.calibration;

import java.util.Map;

/**
 * One published point of data/measurements.csv that the fit uses, resolved into the deployment it measured.
 *
 * @param group the source's independence group (sources of one publisher or harness share a group)
 * @param fitted the metrics the fit compares, with their measured values
 */
record Measurement(
        String id,
        String sourceId,
        String group,
        Deployment deployment,
        RequestShape shape,
        Load load,
        Map<Metric, Double> fitted) {

    boolean isLowLoad() {
        return load instanceof Load.Concurrency(double users) && users <= 8;
    }

    boolean isSaturation() {
        return load instanceof Load.Saturation
                || load instanceof Load.Burst
                || load instanceof Load.Concurrency(double users) && users >= 100;
    }
}
