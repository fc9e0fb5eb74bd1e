package dev.iqconsole.profile;

import dev.iqconsole.catalog.Accelerator;

/**
 * A measured knee a modeled curve derives from, with the queue curve fitted or solved through it.
 *
 * @param pointId the published point's id (the knee)
 * @param kneeX the knee's output tokens/s
 */
record Anchor(
        String model,
        String modelServer,
        String serverVersion,
        Accelerator accelerator,
        int acceleratorCount,
        String pointId,
        double kneeX,
        QueueCurve curve) {}
