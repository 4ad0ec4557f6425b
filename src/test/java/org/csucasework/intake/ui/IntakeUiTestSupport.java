package org.csucasework.intake.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless UI tests of the intake form and the report page: Karibu-Testing's mock Vaadin with the views and
 * services taken from the running application (on the PostgreSQL test database, started once for all integration
 * tests), and a user signed in the way Spring Security and Vaadin's view access checks see one.
 */
@IntegrationTest
public abstract class IntakeUiTestSupport {

    /** Discovering the routes scans the classpath: once per test run is enough. */
    private static Routes routes;

    @Autowired
    protected ApplicationContext applicationContext;

    @BeforeEach
    void setUpMockVaadin() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.csucasework");
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, applicationContext, UI::new));
    }

    @AfterEach
    void tearDownMockVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs a demo user in (caseworker, police, housing, supervisor, ...) with the roles the account has. */
    protected void signInAs(String username) {
        UserDetails user = applicationContext.getBean(UserDetailsService.class).loadUserByUsername(username);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);

        Set<String> authorities = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.contains(role) || authorities.contains("ROLE_" + role));
    }

    /** Opens a route as the signed-in user, the way following a link would. */
    protected void navigateTo(String location) {
        UI.getCurrent().navigate(location);
    }

    /** The texts of the notifications showing now. */
    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> Optional.ofNullable(n.getElement().getProperty("text"))
                        .filter(text -> !text.isBlank())
                        .orElseGet(() -> n.getElement().getTextRecursively()))
                .toList();
    }

    /** The view the UI shows now. */
    protected static HasElement currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
