package dev.iqconsole.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.iqconsole.security.SignInOptions;

/** Sign in with a console account, or with the organization's identity provider, whichever are configured. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Inference Quickstart Console")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView(SignInOptions options) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(new H1("Inference Quickstart Console"));
        if (options.accounts()) {
            form.setAction("login");
            form.setForgotPasswordButtonVisible(false);
            form.setId("login-form");
            add(form);
        }
        options.providers().forEach((id, label) -> {
            var link = new Anchor("oauth2/authorization/" + id, "Sign in with " + label);
            link.setRouterIgnore(true);
            link.setId("sign-in-" + id);
            add(link);
        });
        add(new Paragraph("Ask your console's administrator for an account or a role."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
