package org.csucasework.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.csucasework.security.ui.LoginView;
import org.csucasework.shared.Role;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.WebSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who may open which view. Spring Security turns away anonymous visitors before Vaadin runs; inside Vaadin, the
 * navigation access control enforces the {@code @RolesAllowed} / {@code @PermitAll} annotations on each view, so
 * those are checked both as annotations (every route, every role) and for real through the running server.
 */
@IntegrationTest
class ViewAccessTest {

    /** Screens the product brief names; checked even before they exist, so that they cannot arrive unguarded. */
    private static final List<String> NAMED_ROUTES = List.of("", "admin/users", "admin/reference-data");

    @Autowired
    private ServletContext servletContext;

    @Autowired
    private AccessAnnotationChecker accessChecker;

    @LocalServerPort
    private int port;

    @TestFactory
    Stream<DynamicTest> everyViewButTheLoginPageSendsAnonymousVisitorsToTheLoginPage() {
        Set<String> routes = new TreeSet<>(NAMED_ROUTES);
        registeredRoutes().map(RouteData::getTemplate).forEach(routes::add);
        routes.remove(loginRoute());
        return routes.stream().map(route -> dynamicTest("/" + route + " redirects to /login", () -> {
            HttpResponse<String> response = WebSession.anonymous(port).get("/" + withSampleParameters(route));

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> vaadinItselfAlsoRefusesEveryViewButTheLoginPageToAnonymousVisitors() {
        return registeredRoutes()
                .filter(route -> route.getNavigationTarget() != LoginView.class)
                .map(route -> dynamicTest(route.getNavigationTarget().getSimpleName(), () ->
                        assertThat(accessChecker.hasAccess(route.getNavigationTarget(), null, role -> false))
                                .isFalse()));
    }

    @Test
    void theLoginPageIsOpenToAnonymousVisitors() {
        assertThat(accessChecker.hasAccess(LoginView.class, null, role -> false)).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> screensUnderAdminAreForAdministratorsOnly() {
        List<RouteData> adminScreens = adminScreens();
        assertThat(adminScreens).extracting(RouteData::getNavigationTarget).contains(AdminOnlyProbeView.class);
        return adminScreens.stream().flatMap(screen -> Stream.of(Role.values()).map(role -> {
            boolean expected = role == Role.ADMIN;
            return dynamicTest(screen.getTemplate() + (expected ? " opens for " : " is refused to ") + role, () ->
                    assertThat(accessChecker.hasAccess(screen.getNavigationTarget(), principalWith(role),
                            roleName -> roleName.equals(role.name()))).isEqualTo(expected));
        }));
    }

    @Test
    void aCaseworkerWhoOpensAnAdminScreenInTheBrowserGetsNotFoundInsteadOfTheScreen() {
        WebSession caseworker = WebSession.signedIn(port, DemoLogin.CASEWORKER.username(), DemoLogin.PASSWORD);

        // The same client does see a view the caseworker may open, so a refusal below is a real refusal.
        assertThat(caseworker.navigate("", "")).contains("Casey Caseworker").doesNotContain("Could not navigate");

        Set<String> adminRoutes = new TreeSet<>(List.of("admin/users", "admin/reference-data"));
        adminScreens().stream().map(RouteData::getTemplate).forEach(adminRoutes::add);
        for (String route : adminRoutes) {
            assertThat(caseworker.navigate(route, ""))
                    .as(route)
                    .contains("Could not navigate to '" + route + "'")
                    .doesNotContain(AdminOnlyProbeView.TEXT);
        }
    }

    @Test
    void anAdministratorOpensEveryAdminScreenInTheBrowser() {
        WebSession admin = WebSession.signedIn(port, DemoLogin.ADMIN.username(), DemoLogin.PASSWORD);

        assertThat(admin.navigate(AdminOnlyProbeView.ROUTE, "")).contains(AdminOnlyProbeView.TEXT);
        for (RouteData screen : adminScreens()) {
            assertThat(admin.navigate(withSampleParameters(screen.getTemplate()), ""))
                    .as(screen.getTemplate())
                    .doesNotContain("Could not navigate", "There was an exception while trying to navigate");
        }
    }

    private Stream<RouteData> registeredRoutes() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes().stream();
    }

    private List<RouteData> adminScreens() {
        return registeredRoutes()
                .filter(route -> route.getTemplate().equals("admin") || route.getTemplate().startsWith("admin/"))
                .toList();
    }

    private String loginRoute() {
        return registeredRoutes().filter(route -> route.getNavigationTarget() == LoginView.class)
                .map(RouteData::getTemplate).findFirst().orElseThrow();
    }

    /** Route templates may have parameters ({@code cases/:id}); any value will do to reach the access check. */
    private static String withSampleParameters(String template) {
        return template.replaceAll(":[^/]+", "1");
    }

    private static Principal principalWith(Role role) {
        return UsernamePasswordAuthenticationToken.authenticated("someone", null,
                List.of(new SimpleGrantedAuthority(role.authority())));
    }
}
