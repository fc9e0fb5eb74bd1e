package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;

/** View YAML: exactly the objects Deploy would apply (the Secret redacted) and the notes, to copy or download. */
class DeployYamlDialog extends Dialog {

    DeployYamlDialog(String yaml, String fileName) {
        setHeaderTitle("YAML that Deploy applies");
        setId("yaml-dialog");
        setWidth("min(1100px, 95vw)");
        var hint = new Paragraph("The objects in apply order, then the notes. The Namespace is sent only when it does"
                + " not exist yet; the hf-secret token is never shown.");
        hint.addClassName("iqc-muted");
        var text = new Pre(yaml);
        text.setId("yaml-text");
        text.addClassName("iqc-yaml");
        add(hint, text);

        var copy = new Button("Copy", VaadinIcon.COPY_O.create());
        copy.setId("copy-yaml");
        copy.addClickListener(e -> {
            copy.getElement().executeJs("return navigator.clipboard.writeText($0)", yaml);
            Notification.show("YAML copied to the clipboard", 2000, Notification.Position.BOTTOM_START);
        });
        var download = new Anchor(
                event -> {
                    event.setFileName(fileName);
                    event.setContentType("application/yaml");
                    event.getOutputStream().write(yaml.getBytes(StandardCharsets.UTF_8));
                },
                "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Text(" Download"));
        download.setId("download-yaml");
        var close = new Button("Close", e -> close());
        close.setId("close-yaml");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(copy, download, close);
    }
}
