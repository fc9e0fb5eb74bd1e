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
                        + "from stated facts, and every figure says which."),
                calibration());
    }

    /**
     * The modeled curves' error, stated where users look for what the numbers mean (the figure is the held-out error
     * of the committed fit; AboutViewTest keeps it equal to the one the curves carry).
     */
    private static Paragraph calibration() {
        var text = new Paragraph("Modeled curves come from one physical serving model calibrated on public "
                + "measurements of six independent publishers (Google, GPUStack, NVIDIA, SGLang, SkyPilot, vLLM). Its "
                + "error on a publisher the fit has not seen (leave one publisher out, geometric mean over the "
                + "publishers) is ±25%: from ±17% to ±36% by publisher, the largest on GPUStack's and NVIDIA's "
                + "mixtures of experts, where the two disagree with each other (±32% when every held-out measurement "
                + "counts once). "
                + "Charts draw each modeled curve with that band. TPUs have no calibration data: their curves are "
                + "labeled not calibrated and carry a ×/÷ 2.7 band. vLLM, SGLang and TGI share one modeled curve, as "
                + "no public measurement supports a difference between them; TGI is not calibrated. The formula, "
                + "the data and the errors are in docs/model-calibration.md of the console's source.");
        text.setId("about-calibration");
        return text;
    }
}
