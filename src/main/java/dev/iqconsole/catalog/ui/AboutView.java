package dev.iqconsole.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.profile.calibration.ServingFacts;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What this console is, where every number it shows comes from (published, modeled, measured), which data it uses
 * (price sheets, benchmark sources) and how to reach its API.
 */
@Route("about")
@PageTitle("About · Inference Quickstart Console")
@Menu(title = "About", order = 100, icon = "vaadin:info-circle")
@PermitAll
class AboutView extends Div {

    /** GIQ's documentation page, whose published figures the catalog copies (data/use_cases.csv cites it). */
    static final String GIQ_DOCS = "https://docs.cloud.google.com/kubernetes-engine/docs/how-to/machine-learning/"
            + "inference/inference-quickstart";

    AboutView(Catalog catalog) {
        setId("about-view");
        addClassName("iqc-page");
        addClassName("iqc-about");
        var lead = new Paragraph("A self-hosted console that does what GKE's \"Deploy models\" page and GKE Inference "
                + "Quickstart do, for any Kubernetes cluster in your kubeconfig: a catalog of open models, profiles "
                + "(model × server × accelerator × use case) with their latency-vs-throughput curves and costs, "
                + "manifests you can read before they are applied, a Deploy button with checks, and the history of "
                + "what was deployed. Its API answers Google's gkerecommender v1 and v1alpha1, so gcloud and Google's "
                + "client libraries work against it.");
        lead.addClassName("iqc-lead");
        add(new H1("About this console"), lead, numbers(), calibration(), data(catalog), api());
    }

    /** Every figure carries one of three labels: what each means. */
    private static Div numbers() {
        return panel(
                "Where every number comes from",
                "about-numbers",
                labelled(
                        "published",
                        new Text("copied from a public source with its date: GIQ's own figures from the "),
                        link("GKE Inference Quickstart docs", GIQ_DOCS),
                        new Text(" and its "),
                        link("visualization notebook", Publisher.ALL.getFirst().url()),
                        new Text(". The row's Data tag names the source.")),
                labelled(
                        "modeled",
                        new Text("computed by the console's serving model (weights, KV cache, compute and memory"
                                + " bandwidth of the accelerator, batching) from stated facts, calibrated on public"
                                + " measurements; every modeled row says which facts and error it carries.")),
                labelled(
                        "measured",
                        new Text("what your cluster reports: checks before Deploy, each object's outcome, the"
                                + " rollout and pod status. The console runs no benchmarks of its own, so no"
                                + " latency or throughput figure is labeled measured.")),
                new Paragraph("Costs are computed, not copied: each machine's hourly price (below) spread over the"
                        + " tokens it serves at the profile's operating point, split between input and output tokens"
                        + " at GIQ's output:input cost ratio of 4."));
    }

    /**
     * The modeled curves' error, stated where users look for what the numbers mean: the held-out error of the
     * committed fit (ServingFacts.HELD_OUT_ERROR) and its spread over the publishers.
     */
    private static Div calibration() {
        double low = Publisher.ALL.stream()
                .mapToDouble(Publisher::heldOutError)
                .min()
                .orElseThrow();
        double high = Publisher.ALL.stream()
                .mapToDouble(Publisher::heldOutError)
                .max()
                .orElseThrow();
        var text = new Paragraph(
                new Text("The serving model is fitted on public measurements of six independent publishers ("),
                publishers(),
                new Text("). Its error on measurements the fit has not seen (leave one publisher out, geometric"
                        + " mean over every held-out measurement) is "
                        + ServingFacts.errorPercent(ServingFacts.HELD_OUT_ERROR)
                        + ": from " + ServingFacts.errorPercent(low) + " to " + ServingFacts.errorPercent(high)
                        + " by publisher, the largest on"
                        + " GPUStack's, whose own TensorRT-LLM runs of mixtures of experts are 2-4x slower than the"
                        + " model. Charts draw each modeled curve with that band."
                        + " TPUs have no"
                        + " calibration data: their curves are labeled not calibrated and carry a ×/÷ "
                        + String.format(Locale.ROOT, "%.1f", 1 + ServingFacts.UNCALIBRATED_ERROR)
                        + " band. vLLM, SGLang and TGI share one modeled curve, as no public measurement supports a"
                        + " difference between them; TGI is not calibrated. The formula, the data and every error"
                        + " are in docs/model-calibration.md of the console's source."));
        text.setId("about-calibration");
        return panel("How far the modeled figures may be off", "about-model", text);
    }

    private static Span publishers() {
        var list = new Span();
        for (int i = 0; i < Publisher.ALL.size(); i++) {
            if (i > 0) {
                list.add(new Text(", "));
            }
            list.add(link(Publisher.ALL.get(i).name(), Publisher.ALL.get(i).url()));
        }
        return list;
    }

    /** The price sheets in force and the catalog's size: what a figure depends on besides the model. */
    private static Div data(Catalog catalog) {
        var sheets = PriceSheets.of(catalog);
        var prices = new Div();
        prices.setId("about-prices");
        for (var sheet : sheets.sheets()) {
            prices.add(new Paragraph(
                    new Text("Prices of " + sheet.date() + ", " + String.join(" and ", sheet.regions()) + ", for "
                            + sheet.machineTypes() + " machine types: "),
                    sheet.url() == null ? new Text(sheet.label()) : link(sheet.label(), sheet.url())));
        }
        var unpriced = new Paragraph(
                sheets.unpriced().isEmpty()
                        ? "Every machine type has a price."
                        : "No public price was found for " + String.join(", ", sheets.unpriced())
                                + ": their costs read n/a and the deploy page recommends them only when asked to.");
        var pricing = new Paragraph("Pricing models: "
                + Arrays.stream(PricingModel.values())
                        .map(PricingModel::displayName)
                        .collect(Collectors.joining(", "))
                + " (Spot is GIQ's default).");
        var size = new Paragraph(catalog.models().size() + " models, "
                + catalog.machineTypes().size()
                + " machine types and " + catalog.useCases().size() + " use cases, read from the reviewed files in"
                + " data/ at every start; " + catalog.publishedPoints().size() + " figures published by GIQ.");
        size.setId("about-catalog");
        return panel("Data versions", "about-data", prices, unpriced, pricing, size);
    }

    /** The API's address as this page was reached, with the commands that point gcloud and Google's client at it. */
    private static Div api() {
        String base = baseUrl();
        var models = new Anchor(base + "v1/models", base + "v1/models");
        models.setId("about-api-url");
        // a configuration of its own, so that the user's usual gcloud keeps talking to Google
        var gcloud = new Pre("gcloud config configurations create iqc --no-activate\n"
                + "gcloud --configuration=iqc config set api_endpoint_overrides/gkerecommender " + base + "\n"
                + "gcloud --configuration=iqc config set auth/disable_credentials true\n"
                + "gcloud --configuration=iqc container ai profiles models list");
        gcloud.addClassName("iqc-about-code");
        var java = new Paragraph(
                new Text("Google's Java client: "),
                new Code("GkeInferenceQuickstartSettings.newHttpJsonBuilder().setEndpoint(\""
                        + base.substring(0, base.length() - 1) + "\")"),
                new Text(" with NoCredentialsProvider."));
        return panel(
                "The API",
                "about-api",
                new Paragraph(
                        new Text("Google's gkerecommender API (v1, v1alpha1) is served at the console's root, e.g. "),
                        models,
                        new Text(". Bad input gets a 400 naming the field and what it allows.")),
                gcloud,
                java,
                new Paragraph("With a login configured, scripts send HTTP basic credentials or a bearer token."));
    }

    /** {@code http://127.0.0.1:8080/}: the scheme, host and port this request came to, with the context path. */
    static String baseUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (!(request instanceof com.vaadin.flow.server.VaadinServletRequest servlet)) {
            return "http://127.0.0.1:8080/";
        }
        var http = servlet.getHttpServletRequest();
        boolean defaultPort = (http.getScheme().equals("http") && http.getServerPort() == 80)
                || (http.getScheme().equals("https") && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + "/";
    }

    private static Paragraph labelled(String label, Component... text) {
        var tag = new Span(label);
        tag.addClassName("iqc-tag");
        tag.addClassName("iqc-tag-" + label);
        var paragraph = new Paragraph(tag);
        paragraph.add(new Text(" "));
        paragraph.add(text);
        return paragraph;
    }

    private static Div panel(String title, String id, Component... content) {
        var panel = new Div(new H2(title));
        panel.add(content);
        panel.addClassName("iqc-panel");
        panel.setId(id);
        return panel;
    }

    private static Anchor link(String label, String url) {
        var link = new Anchor(url, label);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }
}
