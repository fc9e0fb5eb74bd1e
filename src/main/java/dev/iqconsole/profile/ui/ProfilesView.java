package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.profile.BenchmarkQuery;
import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.CurveCatalog;
import dev.iqconsole.profile.ProfileKey;
import dev.iqconsole.profile.ProfileService;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The profiles explorer, after GIQ's notebook: pick a model and server; see its profiles as {@code gcloud container
 * ai profiles list} does (priced, optionally at an NTPOT target) with cost charts, then throughput vs NTPOT per
 * machine type (log-log, inflections marked) and every benchmark point, each exportable as CSV. {@code ?model=owner/name} preselects.
 */
@Route("profiles")
@PageTitle("Profiles · Inference Quickstart Console")
@Menu(title = "Profiles", order = 10, icon = "vaadin:chart-line")
@PermitAll
public class ProfilesView extends Div implements BeforeEnterObserver {

    private final ProfileService profiles;
    private final ProfilePicker picker;
    private final ProfilesExplorer explorer;
    private final EChart chart = new EChart();
    private final PointsTable points = new PointsTable();
    private final Div results = new Div();
    private final Div empty = new Div();
    private List<PointRow> shownRows = List.of();

    ProfilesView(Catalog catalog, CurveCatalog curves, ProfileService profiles) {
        addClassName("iqc-page");
        setId("profiles-view");
        this.profiles = profiles;
        explorer = new ProfilesExplorer(catalog, profiles);
        picker = new ProfilePicker(catalog, curves.curves(), this::show);
        chart.setId("profiles-chart");
        chart.setHeight("420px");
        empty.addClassName("iqc-empty");
        empty.setId("no-profiles");
        empty.add(new Paragraph("No profiles yet. Profiles appear here once the catalog has benchmark curves."));

        var csv = new Anchor(this::downloadCsv, "");
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new Text(" Export CSV"));
        csv.setId("export-csv");
        var chartPanel = panel(new H2("Throughput vs NTPOT per machine type"), chart);
        var pointsHead = new Div(new H2("Benchmark points"), csv);
        pointsHead.addClassName("iqc-panel-head");
        var pointsPanel = panel(pointsHead, points);
        results.add(explorer, chartPanel, pointsPanel);

        var lead = new Paragraph("Latency against throughput for each machine type that can serve the model. Past "
                + "a profile's inflection point, latency grows much faster than throughput.");
        lead.addClassName("iqc-lead");
        add(new H1("Profiles"), lead, picker, results, empty);
        picker.selectFirst();
        if (!picker.hasProfiles()) {
            results.setVisible(false);
        }
        empty.setVisible(!picker.hasProfiles());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("model").ifPresent(picker::selectModel);
    }

    private void show(List<Curve> curves) {
        chart.setOption(CurveCharts.throughputVsNtpot(
                        curves, c -> c.key().machineType() + " (" + ProfilesGlance.accelerator(c.key()) + ")")
                .option());
        shownRows = curves.isEmpty()
                ? List.of()
                : PointRow.of(profiles.benchmarks(pointsQuery(curves.getFirst().key())));
        points.show(shownRows);
        explorer.show(curves);
    }

    private void downloadCsv(DownloadEvent event) throws IOException {
        event.setFileName("benchmark-points.csv");
        event.setContentType("text/csv");
        event.getOutputStream().write(pointsCsv().getBytes(StandardCharsets.UTF_8));
    }

    /** The shown curves' points as {@code gcloud container ai profiles benchmarks list} prints them (spot prices). */
    String pointsCsv() {
        if (shownRows.isEmpty()) {
            return "";
        }
        return profiles.benchmarksCsv(pointsQuery(shownRows.getFirst().curve().key()));
    }

    /** The picked model, server, version and use case on every machine type, at spot prices (gcloud's default). */
    private static BenchmarkQuery pointsQuery(ProfileKey key) {
        return new BenchmarkQuery(key.model(), key.modelServer(), key.serverVersion(), null, null, key.useCase(), null);
    }

    private static Div panel(Component... content) {
        var panel = new Div(content);
        panel.addClassName("iqc-panel");
        return panel;
    }
}
