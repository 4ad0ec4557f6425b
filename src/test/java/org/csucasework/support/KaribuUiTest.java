package org.csucasework.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csucasework.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base for browserless UI tests (Karibu-Testing): the views run in a mocked Vaadin session, with their services from
 * the same Spring context as every {@link IntegrationTest}, so Spring starts once for the whole suite.
 *
 * <p>Each test starts signed out, on a fresh UI. Sign in with {@link #login(String, Role...)}, open a view with
 * {@link #navigate(Class)}, then find components with Karibu's {@code LocatorJ._get(...)} and act on them with
 * {@code _click}, {@code _setValue}.
 */
@IntegrationTest
public abstract class KaribuUiTest {

    /** Route discovery scans the class path; once per test run is enough. */
    private static Routes routes;

    @Autowired
    private ApplicationContext applicationContext;

    @BeforeEach
    void setUpVaadin() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.csucasework");
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, applicationContext, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Signs in as {@code username} with the given roles, as the login form would: Spring Security sees the user (for
     * the services' method security) and so do Vaadin's view access checks. The username should be an existing
     * account (for example a demo account) when the screens look the signed-in user up.
     */
    protected void login(String username, Role... roles) {
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "", authorities), null, authorities);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        // Vaadin's security context strategy reads the context from the HTTP session first, as after a real login.
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);

        // The view access checker asks the request, with and without the ROLE_ prefix depending on the caller.
        Set<String> roleNames = Arrays.stream(roles)
                .flatMap(role -> Stream.of(role.name(), role.authority())).collect(Collectors.toSet());
        FakeRequest request = currentRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roleNames.contains(role));
    }

    protected void logout() {
        VaadinSession.getCurrent().getSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.clearContext();
        FakeRequest request = currentRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    /** Opens the view as a user following a link would, and returns it (failing when the user may not open it). */
    protected <T extends Component> T navigate(Class<T> view) {
        UI.getCurrent().navigate(view);
        return _get(view);
    }

    /** Opens a location such as {@code "admin/users"} or {@code "cases/42"}. */
    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    private static FakeRequest currentRequest() {
        return (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    }
}
