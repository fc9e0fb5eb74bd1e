package dev.iqconsole.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** What this console is, in two paragraphs. */
@Route("about")
@PageTitle("About · Inference Quickstart Console")
@Menu(title = "About", order = 100, icon = "vaadin:info-circle")
@PermitAll
class AboutView extends VerticalLayout {

    AboutView() {
        setId("about-view");
        add(
                new H2("Inference Quickstart Console"),
                new Paragraph("A self-hosted console that does what GKE's \"Deploy models\" page and GKE Inference "
                        + "Quickstart do, for any Kubernetes cluster in your kubeconfig: a catalog of open models, "
                        + "benchmark-backed profiles (model x server x accelerator x use case) with their "
                        + "latency-vs-throughput curves and costs, generated manifests, and a Deploy button."),
                new Paragraph("Numbers are either published (copied with their source) or modeled by tested code "
                        + "from stated facts, and every figure says which."));
    }
}
