package dev.iqconsole;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Inference Quickstart Console: a self-hosted GKE Inference Quickstart for any cluster. */
@SpringBootApplication
// Vaadin 25's default theme (Aura), then our own static styles (frontend/console.css): no frontend bundle build.
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("context://frontend-static/console.css")
@ConfigurationPropertiesScan
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Inference Quickstart Console");
        settings.addFavIcon("icon", "frontend-static/favicon.svg", "any");
    }
}
