package dev.iqconsole.profile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import dev.iqconsole.catalog.Model;

/** A model's facts as a definition list; every fact says where it comes from or that it is unverified. */
class ModelFacts extends Div {

    ModelFacts(Model model) {
        addClassName("iqc-panel");
        setId("model-facts");
        var facts = new DescriptionList();
        facts.addClassName("iqc-facts");
        facts.add(
                fact("Parameters", Figures.billions(model.totalParamsB()), null),
                fact(
                        "Active parameters",
                        Figures.billions(model.activeParamsB()),
                        model.isMixtureOfExperts() ? "mixture of experts" : "dense"),
                fact("Context window", Figures.contextTokens(model.maxContextTokens()), null),
                fact("License", model.license(), null),
                fact("Access", model.gated() ? "Gated" : "Open weights", model.gated() ? "needs an HF token" : null),
                fact("Weights as served", Figures.gib(model.weightsGiB()), null),
                fact("KV cache per token", Figures.kib(model.kvCacheBytesPerToken()), "all layers, K and V"),
                fact(
                        "Quality (Elo)",
                        model.qualityElo() == null ? "not published" : String.valueOf(model.qualityElo()),
                        model.qualityElo() == null ? null : model.qualitySource()),
                wide(fact("Facts", model.factsVerified() ? "Verified" : "Not verified yet", model.source())));
        add(new H2("Model facts"), facts);
    }

    /** {@code <small>}: the source or qualifier under a fact. */
    @Tag("small")
    private static final class NativeSmall extends HtmlComponent {
        NativeSmall(String text) {
            getElement().setText(text);
        }
    }

    /** Sources are long: give the fact two columns. */
    private static Component wide(Component fact) {
        fact.getElement().getClassList().add("iqc-fact-wide");
        return fact;
    }

    private static Component fact(String term, String value, String note) {
        var wrapper = new Div();
        wrapper.addClassName("iqc-fact");
        var dd = new DescriptionList.Description(new Text(value));
        if (note != null && !note.isBlank()) {
            dd.add(new NativeSmall(note));
        }
        wrapper.add(new DescriptionList.Term(term), dd);
        return wrapper;
    }
}
