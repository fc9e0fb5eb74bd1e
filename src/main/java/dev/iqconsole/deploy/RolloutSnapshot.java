package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;

/**
 * What the cluster says about one deployment at one moment: the input of {@link RolloutExplainer}.
 *
 * @param deployment null when it does not exist (any more)
 * @param logTails last lines of each pod's log (current or previous container), by pod name
 */
record RolloutSnapshot(Deployment deployment, List<Pod> pods, List<Event> events, Map<String, List<String>> logTails) {}
