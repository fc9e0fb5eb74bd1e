package dev.iqconsole.cluster.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.iqconsole.cluster.ClusterClients;
import dev.iqconsole.cluster.ClusterContext;
import dev.iqconsole.cluster.ClusterOverview;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Every context of the kubeconfig with its reachability and accelerators. The contexts are listed at once; each is
 * checked on its own thread and its card fills in when the answer (or the timeout) comes, so one dead context never
 * holds up the page or the others ({@link ClusterCalls}).
 */
@Route("clusters")
@PageTitle("Clusters · Inference Quickstart Console")
@Menu(title = "Clusters", order = 30, icon = "vaadin:cluster")
@PermitAll
class ClustersView extends Div {

    private final ClusterClients clients;
    private final ClusterOverview overview;
    private final Div cards = new Div();
    private final Paragraph problem = new Paragraph();

    ClustersView(ClusterClients clients, ClusterOverview overview) {
        this.clients = clients;
        this.overview = overview;
        addClassName("iqc-page");
        setId("clusters-view");
        cards.addClassName("iqc-cluster-cards");
        cards.setId("cluster-cards");
        problem.addClassName("iqc-empty");
        problem.setId("clusters-problem");
        problem.setVisible(false);
        var refresh = new Button("Check again", e -> checkAll());
        refresh.setId("refresh-clusters");
        add(new H1("Clusters"), lead(), refresh, problem, cards);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        checkAll();
    }

    private void checkAll() {
        cards.removeAll();
        List<ClusterContext> contexts;
        try {
            contexts = clients.contexts();
        } catch (IllegalArgumentException e) {
            showProblem(e.getMessage());
            return;
        }
        if (contexts.isEmpty()) {
            showProblem("No kubeconfig context found. The console reads the file set in iqconsole.cluster.kubeconfig,"
                    + " else KUBECONFIG, else ~/.kube/config.");
            return;
        }
        problem.setVisible(false);
        for (ClusterContext context : contexts) {
            var card = new ClustersCard(context);
            cards.add(card);
            // statusAsync always answers: a failure or a timeout is a status that says why
            ClusterCalls.answer(card, overview.statusAsync(context), (status, error) -> card.show(status));
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private static Paragraph lead() {
        var lead = new Paragraph("Every context of your kubeconfig, whether the console can reach it with its"
                + " credentials, and the accelerators its nodes offer. The deploy page lists the same contexts.");
        lead.addClassName("iqc-lead");
        return lead;
    }
}
