package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import dev.iqconsole.cluster.ui.ClusterCalls;
import dev.iqconsole.deploy.DeployService;
import dev.iqconsole.deploy.PodLog;
import java.util.ArrayList;
import java.util.List;

/** A workload's pods to choose from and the chosen pod's log, read off the UI thread. */
class PodLogs extends Div {

    static final int LOG_LINES = 200;

    private final DeployService deploys;
    private final Select<String> pod = new Select<>();
    private final Pre log = new Pre();
    private String context;
    private String namespace;
    /** Counts reads, so that the answer for a pod the user has since left is dropped. */
    private long reads;

    PodLogs(DeployService deploys) {
        this.deploys = deploys;
        pod.setLabel("Logs of pod");
        pod.setId("log-pod");
        pod.addValueChangeListener(e -> show(e.getValue()));
        log.setId("pod-logs");
        log.addClassName("iqc-logs");
        add(pod, log);
    }

    void clear() {
        reads++;
        pod.setItems(List.of());
        log.setText("");
    }

    /** Offers the pods and shows the first one's log. */
    void show(String context, String namespace, List<String> pods) {
        this.context = context;
        this.namespace = namespace;
        pod.setItems(pods);
        pod.setValue(pods.isEmpty() ? null : pods.getFirst());
        if (pods.isEmpty()) {
            log.setText("(no pod)");
        }
    }

    private void show(String name) {
        long reading = ++reads;
        if (name == null) {
            log.setText("");
            return;
        }
        log.setText("Reading the logs of " + name + "…");
        String ctx = context; // read here: the call runs on another thread
        String ns = namespace;
        ClusterCalls.call(this, "logs-" + name, () -> deploys.logs(ctx, ns, name, LOG_LINES), (read, error) -> {
            if (reading == reads) {
                log.setText(error == null ? text(read) : "(logs not available: " + error.getMessage() + ")");
            }
        });
    }

    /** After a restart the run that ended comes first: a crash loop's cause is there, not in the waiting one. */
    static String text(PodLog read) {
        if (!read.restarted()) {
            return String.join("\n", read.current());
        }
        List<String> lines = new ArrayList<>();
        lines.add("── previous container (" + read.previousEnd() + ") ──");
        lines.addAll(read.previous());
        lines.add("── current container ──");
        lines.addAll(read.current());
        return String.join("\n", lines);
    }
}
