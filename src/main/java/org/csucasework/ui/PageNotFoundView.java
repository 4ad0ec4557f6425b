package org.csucasework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page for an address that does not exist, or that the user may not open: the same answer for both, so that it
 * never tells a partner officer that another agency's record exists. It has a title and a heading (WCAG 2.4.2, 1.3.1),
 * which Vaadin's own error page lacks, and a way back.
 */
@AnonymousAllowed
public class PageNotFoundView extends RouteNotFoundError implements HasDynamicTitle {

    public static final String HEADING = "Page not found";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<com.vaadin.flow.router.NotFoundException> parameter) {
        getElement().removeAllChildren();
        getElement().appendChild(new H1(HEADING).getElement(),
                new Paragraph("There is no page at this address, or you are not allowed to open it.").getElement(),
                // Vaadin's own wording, which the access tests look for.
                new Paragraph("Could not navigate to '" + event.getLocation().getPath() + "'.").getElement(),
                new Anchor("", "Go to the home page").getElement());
        getElement().getStyle().set("padding", "var(--lumo-space-l)");
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return HEADING + " | CSU Casework";
    }
}
