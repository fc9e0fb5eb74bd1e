package dev.iqconsole.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/** An unknown address: a real 404 inside the console's layout, with the way back, instead of Vaadin's bare text. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final Paragraph what = new Paragraph();

    public NotFoundView() {
        setId("not-found");
        addClassName("iqc-page");
        what.setId("not-found-path");
        add(new H1("Page not found"), what, new Paragraph(new Anchor("", "Go to the model catalog"), new Text(".")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        what.setText("There is no page at /" + shorten(path) + ". It may have moved, or the link may be mistyped.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return "Page not found · Inference Quickstart Console";
    }

    private static String shorten(String path) {
        return path.length() <= 100 ? path : path.substring(0, 100) + "…";
    }
}
