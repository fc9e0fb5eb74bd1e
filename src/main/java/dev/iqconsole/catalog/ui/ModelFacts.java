package dev.iqconsole.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.profile.ui.Figures;

/** A model's facts as a definition list; every fact says where it comes from or that it is unverified. */
class ModelFacts extends Div {

    ModelFacts(Model model) {
        addClassName("iqc-panel");
        setId("model-facts");
        var facts = new DescriptionList();
        facts.addClassName("iqc-facts");
        facts.add(
                fact("Parameters", Figures.billions(model.totalParamsB())),
                fact(
                        "Active parameters",
                        Figures.billions(model.activeParamsB()),
                        new Text(model.isMixtureOfExperts() ? "mixture of experts" : "dense")),
                fact("Context window", Figures.contextTokens(model.maxContextTokens())),
                fact("License", model.license()),
                model.gated() ? fact("Access", "Gated", new Text("needs an HF token")) : fact("Access", "Open weights"),
                fact("Weights as served", Figures.gib(model.weightsGiB())),
                fact("KV cache per token", Figures.kib(model.kvCacheBytesPerToken()), new Text("all layers, K and V")),
                model.qualityElo() == null
                        ? fact("Quality (Elo)", "not published")
                        : fact(
                                "Quality (Elo)",
                                String.valueOf(model.qualityElo()),
                                SourceLink.of(model.qualitySource())),
                fact(
                        "Source",
                        "Model card",
                        SourceLink.of(model.source()),
                        new Text(
                                model.factsVerified()
                                        ? " · checked against its config.json"
                                        : " · not yet checked against its config.json")));
        add(new H2("Model facts"), facts);
    }

    /** {@code <small>}: the source or qualifier under a fact. */
    @Tag("small")
    private static final class NativeSmall extends HtmlContainer {
        NativeSmall(Component... parts) {
            add(parts);
        }
    }

    private static Component fact(String term, String value, Component... note) {
        var wrapper = new Div();
        wrapper.addClassName("iqc-fact");
        var dd = new DescriptionList.Description(new Text(value));
        if (note.length > 0) {
            dd.add(new NativeSmall(note));
        }
        wrapper.add(new DescriptionList.Term(term), dd);
        return wrapper;
    }
}
