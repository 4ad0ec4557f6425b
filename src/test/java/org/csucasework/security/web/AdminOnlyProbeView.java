package org.csucasework.security.web;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.csucasework.shared.Role;

/**
 * An administrators-only screen that exists only on the test classpath, so that the view access tests exercise a
 * real restricted view whichever admin screens the build has. Annotated exactly as the real admin screens are.
 */
@Route(AdminOnlyProbeView.ROUTE)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminOnlyProbeView extends Div {

    static final String ROUTE = "admin/access-probe";
    static final String TEXT = "Administrators-only probe view";

    public AdminOnlyProbeView() {
        setText(TEXT);
    }
}
