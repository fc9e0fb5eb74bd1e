package dev.iqconsole.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/** The shell: a header and a side navigation built from the views' {@code @Menu} entries. */
@Layout
public final class MainLayout extends AppLayout {

    MainLayout() {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title());
        addToDrawer(new Scroller(sideNav()));
    }

    private static Div title() {
        var title = new Div(new Span("Inference Quickstart Console"));
        title.addClassName("iqc-title");
        title.getStyle().set("font-weight", "600").set("font-size", "1.1rem");
        return title;
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
