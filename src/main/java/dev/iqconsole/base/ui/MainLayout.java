package dev.iqconsole.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.iqconsole.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell: a brand and a side navigation built from the views' {@code @Menu} entries (so a new view only
 * declares its menu entry), and a header showing the current page's title.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span pageTitle = new Span();

    MainLayout(CurrentUser user, ObjectProvider<AuthenticationContext> authentication) {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        if (user.signInRequired()) {
            addToNavbar(signedIn(user, authentication.getObject()));
        }
        addToDrawer(brand(), new Scroller(sideNav()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Page titles read "Page · Inference Quickstart Console"; the header shows only the page part.
        pageTitle.setText(MenuConfiguration.getPageHeader(getContent())
                .map(title -> title.split(" · ")[0])
                .orElse(""));
    }

    private Div header() {
        pageTitle.addClassName("iqc-header-title");
        pageTitle.setId("page-title");
        var header = new Div(pageTitle);
        header.addClassName("iqc-header");
        return header;
    }

    /** Who is signed in, with which role, and the way out. */
    private static Div signedIn(CurrentUser user, AuthenticationContext authentication) {
        var who = new Span(user.name() + " · " + user.roleName());
        who.setId("signed-in-user");
        var signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        var box = new Div(who, signOut);
        box.addClassName("iqc-signed-in");
        return box;
    }

    private static Div brand() {
        var mark = new Div("IQ");
        mark.addClassName("iqc-brand-mark");
        var name = new Div("Inference Quickstart");
        name.addClassName("iqc-brand-name");
        var sub = new Div("Console for any Kubernetes cluster");
        sub.addClassName("iqc-brand-sub");
        var brand = new Div(mark, new Div(name, sub));
        brand.addClassName("iqc-brand");
        return brand;
    }

    private static SideNav sideNav() {
        var nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        String icon = entry.icon();
        if (icon != null && icon.contains(":")) {
            String[] parts = icon.split(":", 2);
            return new SideNavItem(entry.title(), entry.path(), new Icon(parts[0], parts[1]));
        }
        return new SideNavItem(entry.title(), entry.path());
    }
}
