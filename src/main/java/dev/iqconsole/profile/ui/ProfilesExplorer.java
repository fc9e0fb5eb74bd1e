package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.iqconsole.base.ui.EChart;
import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.profile.BenchmarkCsv;
import dev.iqconsole.profile.BenchmarkQuery;
import dev.iqconsole.profile.Curve;
import dev.iqconsole.profile.Profile;
import dev.iqconsole.profile.ProfileKey;
import dev.iqconsole.profile.ProfileQuery;
import dev.iqconsole.profile.ProfileQueryException;
import dev.iqconsole.profile.ProfileResult;
import dev.iqconsole.profile.ProfileService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code gcloud container ai profiles list} shows for the picked model, server, version and use case, made
 * visual: a pricing model and an optional NTPOT target, the profiles table (exportable in gcloud's CSV format) and
 * three cost charts.
 */
class ProfilesExplorer extends Div {

    private final Catalog catalog;
    private final ProfileService service;
    private final Select<String> pricing = new Select<>();
    private final NumberField ntpotTarget = new NumberField("Max NTPOT (ms)");
    private final IntegerField inputLength = new IntegerField("Average input tokens");
    private final IntegerField outputLength = new IntegerField("Average output tokens");
    private final Paragraph comment = new Paragraph();
    private final Paragraph priceBasis = new Paragraph();
    private final ProfilesTable table = new ProfilesTable();
    private final EChart costVsNtpot = chart("cost-vs-ntpot-chart");
    private final EChart inputVsOutput = chart("input-vs-output-chart");
    private final EChart qualityVsPrice = chart("quality-vs-price-chart");
    private final Paragraph noQuality = new Paragraph();
    private ProfileKey picked;
    private List<Profile> shown = List.of();
    private String qualityPricedFor;

    ProfilesExplorer(Catalog catalog, ProfileService service) {
        this.catalog = catalog;
        this.service = service;
        pricing.setId("pricing-model");
        pricing.setLabel("Pricing model");
        pricing.setItems(List.of(PricingModel.values()).stream()
                .map(PricingModel::apiName)
                .toList());
        pricing.setItemLabelGenerator(PricingModel::displayNameOf);
        pricing.setValue(PricingModel.SPOT.apiName());
        ntpotTarget.setId("ntpot-target");
        ntpotTarget.setMin(1);
        ntpotTarget.setClearButtonVisible(true);
        ntpotTarget.setPlaceholder("none: highest throughput");
        ntpotTarget.setWidth("14rem");
        ntpotTarget.setTooltipText("Only profiles that can meet the target, with their metrics read at the target");
        pricing.addValueChangeListener(e -> refresh());
        ntpotTarget.addValueChangeListener(e -> refresh());
        inputLength.setId("input-length");
        outputLength.setId("output-length");
        for (var length : List.of(inputLength, outputLength)) {
            length.setMin(1);
            length.setClearButtonVisible(true);
            length.setPlaceholder("the use case's");
            length.setWidth("11rem");
            length.setTooltipText(
                    "Both set: every curve is modeled for these average lengths instead of the use" + " case's");
            length.addValueChangeListener(e -> refresh());
        }
        var controls = new Div(pricing, ntpotTarget, inputLength, outputLength);
        controls.addClassName("iqc-toolbar");
        comment.setId("profiles-comment");
        comment.addClassName("iqc-warning");
        priceBasis.setId("price-basis");
        priceBasis.addClassName("iqc-chart-note");
        noQuality.setId("no-quality-score");
        noQuality.addClassName("iqc-chart-note");

        var csv = new Anchor(this::downloadCsv, "");
        csv.add(VaadinIcon.DOWNLOAD_ALT.create(), new Text(" Export CSV"));
        csv.setId("export-profiles-csv");
        var head = new Div(new H2("Profiles"), csv);
        head.addClassName("iqc-panel-head");
        var charts = new Div(
                panel(new H2("$/M output tokens vs NTPOT"), costVsNtpot),
                panel(new H2("Input vs output cost per machine type"), inputVsOutput, ratioNote()),
                wide(panel(new H2("Quality vs price across models"), qualityVsPrice, noQuality)));
        charts.addClassName("iqc-chart-row");
        add(controls, panel(head, comment, table, priceBasis), charts);
    }

    /** The picker's choice: its curves share model, server, version and use case. */
    void show(List<Curve> curves) {
        picked = curves.isEmpty() ? null : curves.getFirst().key();
        refresh();
    }

    private void refresh() {
        if (picked == null) {
            return;
        }
        String pricingModel = pricing.getValue();
        Double target = ntpotTarget.getValue();
        boolean asked = inputLength.getValue() != null && outputLength.getValue() != null;
        Integer input = asked ? inputLength.getValue() : null;
        Integer output = asked ? outputLength.getValue() : null;
        inputLength.setInvalid(false);
        ProfileResult result;
        try {
            result = service.fetch(ProfileQuery.builder()
                    .model(picked.model())
                    .modelServer(picked.modelServer())
                    .modelServerVersion(picked.serverVersion())
                    .useCase(picked.useCase())
                    .averageLengths(input, output)
                    .pricingModel(pricingModel)
                    .targetNtpotMs(target)
                    .build());
        } catch (ProfileQueryException e) {
            inputLength.setErrorMessage(e.getMessage());
            inputLength.setInvalid(true);
            return;
        }
        shown = result.profiles();
        table.show(shown);
        // with profiles, the engine's comment only restates the table's Data column
        comment.setText(shown.isEmpty() ? result.comment() : "");
        comment.setVisible(shown.isEmpty() && !result.comment().isBlank());
        var curves = service.benchmarks(
                new BenchmarkQuery(
                        picked.model(),
                        picked.modelServer(),
                        picked.serverVersion(),
                        null,
                        pricingModel,
                        picked.useCase(),
                        null),
                input,
                output);
        costVsNtpot.setOption(CostCharts.costVsNtpot(curves, target).option());
        inputVsOutput.setOption(CostCharts.inputVsOutputOption(shown));
        priceBasis.setText(priceBasis(shown));
        showQuality(pricingModel);
    }

    /** Across all models, so it depends on the pricing model only: redrawn when that changes, not per pick. */
    private void showQuality(String pricingModel) {
        if (pricingModel.equals(qualityPricedFor)) {
            return;
        }
        var quality = QualityPrices.of(catalog, service, pricingModel);
        qualityVsPrice.setOption(CostCharts.qualityVsPrice(quality.points()).option());
        noQuality.setText(note(quality));
        qualityPricedFor = pricingModel;
    }

    private static String note(QualityPrices quality) {
        var parts = new ArrayList<String>();
        if (!quality.noQualityScore().isEmpty()) {
            parts.add("No quality score: " + String.join(", ", quality.noQualityScore()) + ".");
        }
        if (!quality.noPrice().isEmpty()) {
            parts.add("No price for this pricing model: " + String.join(", ", quality.noPrice()) + ".");
        }
        return String.join(" ", parts);
    }

    /** Which prices the costs spread: one sheet, named, so that no one mistakes them for GIQ's of another date. */
    private static String priceBasis(List<Profile> profiles) {
        var sheets = profiles.stream()
                .filter(p -> p.at().hasCost())
                .map(p -> p.at().cost().price())
                .map(price -> price.region() + ", " + price.priceDate())
                .distinct()
                .sorted()
                .toList();
        if (sheets.isEmpty()) {
            return "";
        }
        return "Costs spread each machine's hourly price (" + String.join("; ", sheets) + ") over the tokens it "
                + "serves. Published rows keep GIQ's throughput and latency; the cost GIQ printed beside them, at its "
                + "prices of the time, is in the row's Data tooltip, for reference.";
    }

    private void downloadCsv(DownloadEvent event) throws IOException {
        event.setFileName("profiles.csv");
        event.setContentType("text/csv");
        event.getOutputStream().write(BenchmarkCsv.profiles(shown).getBytes(StandardCharsets.UTF_8));
    }

    /** Without it the straight line looks like a bug: GIQ derives both costs from one hourly price. */
    private static Paragraph ratioNote() {
        var note = new Paragraph("GIQ splits one hourly price between input and output tokens with an output:input "
                + "cost ratio of 4, so the profiles sit on one line; how far along it tells them apart.");
        note.addClassName("iqc-chart-note");
        return note;
    }

    private static EChart chart(String id) {
        var chart = new EChart();
        chart.setId(id);
        chart.setHeight("340px");
        return chart;
    }

    /** The quality chart labels every model: it gets the whole row. */
    private static Div wide(Div panel) {
        panel.addClassName("iqc-chart-wide");
        return panel;
    }

    private static Div panel(Component... content) {
        var panel = new Div(content);
        panel.addClassName("iqc-panel");
        return panel;
    }
}
