package dev.iqconsole.catalog.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.iqconsole.catalog.Model;
import dev.iqconsole.profile.ui.Figures;
import dev.iqconsole.profile.ui.Tags;

/** One model on the catalog page; the whole card opens the model's page. */
class ModelCard extends Card {

    ModelCard(ModelListing listing) {
        Model model = listing.model();
        addThemeVariants(CardVariant.OUTLINED);
        addClassName("iqc-model-card");
        getElement().setAttribute("data-model", model.id());

        var title = new RouterLink(model.displayName(), ModelView.class, ModelView.parameters(model.id()));
        setTitle(title);
        var id = new Span(model.id());
        id.addClassName("iqc-model-id");
        setSubtitle(id);

        var tags = new Div();
        tags.addClassName("iqc-badges");
        if (listing.optimized()) {
            tags.add(Tags.optimized());
        } else if (listing.modeledOnly()) {
            tags.add(Tags.modeledProfiles());
        }
        tags.add(Tags.access(model.gated()));
        add(tags, factsLine(model));

        var footer = new Span(profilesText(listing) + " · " + model.license());
        footer.addClassName("iqc-muted");
        addToFooter(footer);

        // The title link navigates by itself; a click anywhere else on the card does the same.
        getElement()
                .addEventListener(
                        "click",
                        e -> getUI().ifPresent(ui -> ui.navigate(ModelView.class, ModelView.parameters(model.id()))))
                .setFilter("!event.target.closest('a')");
    }

    private static Div factsLine(Model model) {
        String params = model.isMixtureOfExperts()
                ? Figures.billions(model.totalParamsB()) + " params (" + Figures.billions(model.activeParamsB())
                        + " active, MoE)"
                : Figures.billions(model.totalParamsB()) + " params";
        var line = new Div(params + " · " + Figures.contextTokens(model.maxContextTokens()) + " context");
        line.addClassName("iqc-facts-line");
        return line;
    }

    private static String profilesText(ModelListing listing) {
        return switch (listing.profileCount()) {
            case 0 -> "No profiles yet";
            case 1 -> "1 profile";
            default -> listing.profileCount() + " profiles";
        };
    }
}
