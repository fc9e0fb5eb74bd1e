package dev.iqconsole.manifest;

/**
 * What the caller (the profiles engine) resolved for the HPA. An HPA is generated only when autoscaling is on, the
 * plan has a latency target and the profile meets it (as GIQ: no HPA when the target cannot be met).
 *
 * @param enabled whether the user wants an HPA
 * @param maxReplicas upper bound of the HPA
 * @param targetMet whether the profile's curve reaches the latency target
 * @param concurrencyAtTarget requests in flight per replica at the operating point for the target, by Little's law
 *     (QPS x end-to-end latency in seconds), computed by the caller from the curve
 */
public record Autoscaling(boolean enabled, int maxReplicas, boolean targetMet, double concurrencyAtTarget) {

    public static final Autoscaling OFF = new Autoscaling(false, 1, false, 0);

    /** An HPA for a target the profile meets, with the concurrency the curve gives at that target. */
    public static Autoscaling toMeetTarget(int maxReplicas, double concurrencyAtTarget) {
        return new Autoscaling(true, maxReplicas, true, concurrencyAtTarget);
    }

    /** Autoscaling was asked for, but the profile cannot meet the latency target. */
    public static Autoscaling targetNotMet(int maxReplicas) {
        return new Autoscaling(true, maxReplicas, false, 0);
    }
}
