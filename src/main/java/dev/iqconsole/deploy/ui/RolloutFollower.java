package dev.iqconsole.deploy.ui;

import dev.iqconsole.cluster.ui.ClusterCalls;
import dev.iqconsole.deploy.DeployService;
import java.time.Duration;

/**
 * Follows the rollout after a deploy: shows it now, then every two seconds until it is available, failing, or the
 * time is up. Each read runs off the UI thread ({@link ClusterCalls}, which also polls for the answer); the next is
 * asked for when an answer arrives, so a slow cluster is never asked twice at once. Only the newest rollout's answers
 * are shown; {@link #stop} drops any that still arrive.
 */
final class RolloutFollower {

    private static final Duration FOLLOW = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofSeconds(2);

    private final DeployService deployer;
    private final DeployProgress progress;
    /** Counts rollouts followed: only the newest one's answers are shown. */
    private long follows;

    RolloutFollower(DeployService deployer, DeployProgress progress) {
        this.deployer = deployer;
        this.progress = progress;
    }

    /** One rollout followed until {@code deadline} (nanoTime). */
    private record Following(long id, long deadline, String context, String namespace, String workload) {}

    /** @param workload the label value every object of the deploy carries, whatever the Deployment is named */
    void follow(String context, String namespace, String workload) {
        read(
                new Following(++follows, System.nanoTime() + FOLLOW.toNanos(), context, namespace, workload),
                Duration.ZERO);
    }

    void stop() {
        follows++;
    }

    private void read(Following f, Duration after) {
        ClusterCalls.call(
                progress,
                "rollout-" + f.workload(),
                () -> {
                    pause(after);
                    return deployer.status(f.context(), f.namespace(), f.workload());
                },
                (status, error) -> {
                    if (f.id() != follows) {
                        return; // a newer deploy is followed, or the page was left
                    }
                    if (error != null) {
                        progress.showError("The rollout status cannot be read: " + error.getMessage());
                        return;
                    }
                    progress.showRollout(status);
                    if (!status.finished() && System.nanoTime() < f.deadline()) {
                        read(f, POLL);
                    }
                });
    }

    /** Runs on the call's own virtual thread, never the UI's. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
