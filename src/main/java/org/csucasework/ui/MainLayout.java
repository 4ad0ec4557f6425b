package org.csucasework.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.csucasework.notifications.NotificationBell;
import org.csucasework.notifications.NotificationService;
import org.csucasework.search.SearchQuery;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;

/**
 * The shell around every signed-in page. The navigation lists the views annotated with {@code @Menu} that the
 * user's roles may open: access rules live on the views, so the menu can never offer a page the user cannot enter.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(UserService userService, AuthenticationContext authenticationContext,
                      NotificationService notifications) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");

        Header brand = new Header(new Span("CSU Casework"));
        brand.addClassName("app-brand");

        SideNav nav = new SideNav();
        nav.setLabel("Main navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }

        CurrentUser user = userService.currentUser().orElse(null);
        VerticalLayout account = new VerticalLayout();
        account.setPadding(true);
        account.setSpacing(false);
        if (user != null) {
            Span name = new Span(user.fullName());
            name.addClassName("account-name");
            Span agency = new Span(user.agencyName());
            agency.addClassName("account-agency");
            account.add(name, agency);
        }
        Button signOut = new Button("Sign out", e -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        account.add(signOut);

        VerticalLayout drawer = new VerticalLayout(brand, nav);
        drawer.setPadding(true);
        addToDrawer(drawer, new Footer(account));

        Span pageTitle = new Span("Community Safety Unit");
        pageTitle.addClassName("app-title");
        HorizontalLayout navbar = new HorizontalLayout(toggle, pageTitle);
        navbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        navbar.setWidthFull();
        if (user != null) {
            navbar.add(searchBox());
        }
        if (user != null) {
            NotificationBell bell = new NotificationBell(notifications);
            bell.getStyle().set("margin-inline", "auto var(--lumo-space-m)");
            navbar.add(bell);
        }
        addToNavbar(navbar);
        addAttachListener(e -> AriaRequiredFix.install(e.getUI()));
    }

    /** The search box on every page: Enter opens the results page (the search module's /search) for what was typed. */
    private static Div searchBox() {
        TextField box = new TextField();
        box.setPlaceholder("Search cases");
        box.setAriaLabel("Search cases by reference, name, place or description");
        box.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        box.setClearButtonVisible(true);
        box.setMaxLength(SearchQuery.MAX_LENGTH);
        box.addClassName("app-search");
        box.addKeyPressListener(Key.ENTER, e -> box.getUI().ifPresent(ui -> {
            ui.navigate("search", QueryParameters.of("q", box.getValue()));
            box.clear();
        }));
        Div search = new Div(box);
        search.getElement().setAttribute("role", "search");
        return search;
    }
}
