package dev.iqconsole.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.iqconsole.cluster.ClusterClients;
import dev.iqconsole.cluster.ClusterContext;
import dev.iqconsole.security.CurrentUser;
import dev.iqconsole.security.DeployerAccess;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;

/** Admins choose the kubeconfig contexts deployers may check, deploy to and delete from. */
@Route("access")
@PageTitle("Access · Inference Quickstart Console")
@Menu(title = "Access", order = 60, icon = "vaadin:lock")
@RolesAllowed("ADMIN")
class AccessView extends Div {

    static final String EVERY = "Every context";
    static final String ONLY = "Only the contexts ticked below";

    private final DeployerAccess access;
    private final CurrentUser user;
    private final RadioButtonGroup<String> scope = new RadioButtonGroup<>("Deployers may use");
    private final CheckboxGroup<String> contexts = new CheckboxGroup<>("Contexts");
    private final Paragraph changed = new Paragraph();
    private final Button save = new Button("Save", e -> save());
    private final List<String> kubeconfigContexts;

    AccessView(DeployerAccess access, CurrentUser user, ClusterClients clusters) {
        this.access = access;
        this.user = user;
        addClassName("iqc-page");
        setId("access-view");
        scope.setItems(EVERY, ONLY);
        scope.setId("deployer-scope");
        scope.addValueChangeListener(e -> {
            contexts.setEnabled(ONLY.equals(e.getValue()));
            offerSave();
        });
        contexts.setId("deployer-contexts");
        contexts.addValueChangeListener(e -> offerSave());
        changed.setId("access-changed");
        save.setId("save-access");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new H2("Contexts deployers may use"),
                new Paragraph("Admins may use every context; viewers none. Deployers may check, deploy, retry, remove"
                        + " and delete on the contexts chosen here (every instance of a shared console reads the"
                        + " same setting)."),
                stacked(changed, scope, contexts, save));
        kubeconfigContexts =
                clusters.contexts().stream().map(ClusterContext::name).toList();
        show();
    }

    /** One control under the other, at every width. */
    private static VerticalLayout stacked(Component... components) {
        var column = new VerticalLayout(components);
        column.setPadding(false);
        column.setAlignItems(FlexComponent.Alignment.START);
        return column;
    }

    private void show() {
        var setting = access.current();
        var names = new TreeSet<>(kubeconfigContexts);
        names.addAll(setting.contexts()); // a saved context the kubeconfig no longer has stays visible
        contexts.setItems(names);
        contexts.setHelperText(names.isEmpty() ? "The kubeconfig has no contexts." : null);
        contexts.setValue(new TreeSet<>(setting.contexts()));
        scope.setValue(setting.restricted() ? ONLY : EVERY);
        // what is in force is said before the choices; Save is offered once they differ from it, since saving the
        // same choice would only turn the configuration's setting into a stored one
        changed.setText(
                setting.changedAt() == null
                        ? "Set by the configuration (iqconsole.security.deployer-contexts). A choice saved here"
                                + " replaces it."
                        : "Last changed by " + setting.changedBy() + " on "
                                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                        .format(setting.changedAt().atZone(ZoneOffset.UTC))
                                + ".");
        offerSave();
    }

    /** Save is enabled only when the choices differ from the setting in force. */
    private void offerSave() {
        var setting = access.current();
        boolean restricted = ONLY.equals(scope.getValue());
        save.setEnabled(restricted != setting.restricted()
                || restricted && !contexts.getValue().equals(new TreeSet<>(setting.contexts())));
    }

    private void save() {
        access.save(user, ONLY.equals(scope.getValue()), List.copyOf(contexts.getValue()));
        Notification.show("Saved: deployers may use "
                        + (ONLY.equals(scope.getValue())
                                ? (contexts.getValue().isEmpty()
                                        ? "no context"
                                        : String.join(", ", contexts.getValue()))
                                : "every context")
                        + ".")
                .setId("access-saved");
        show();
    }
}
