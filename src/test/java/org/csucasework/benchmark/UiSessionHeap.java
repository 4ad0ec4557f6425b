package org.csucasework.benchmark;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.csucasework.shared.Role;
import org.csucasework.tasking.ui.TaskingMeetingView;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Measures the heap one active UI session holds: opens {@code n} Vaadin sessions (Karibu-Testing's mocked servlet
 * environment, the application's real views and services), each signed in as a supervisor with the tasking page
 * open on the county dataset's agenda, keeps them all alive, and divides the growth of the used heap after a full
 * garbage collection ({@link MemoryMXBean}) by {@code n}. A warm-up session is opened first, so that classes, routes
 * and the servlet's own state are in the baseline, not in the per-session figure.
 *
 * <p>What it leaves out: the HTTP session's container overhead and the browser's pending-changes queue between round
 * trips (small next to the component tree); what it includes: the component tree, the state tree Vaadin keeps to
 * synchronise with the browser, the loaded agenda rows and the signed-in security context.
 */
final class UiSessionHeap {

    record Result(int sessions, long bytesPerSession, long baselineBytes) {

        String describe() {
            return String.format(Locale.ROOT, "**%.0f KiB** (%.2f MB) per session, target under 1 MB. Measured by "
                            + "opening %d signed-in Vaadin sessions on the tasking page (supervisor, the agenda above) "
                            + "with Karibu-Testing's mocked servlet in the benchmark's JVM, keeping them alive, and "
                            + "dividing the growth of the used heap after `System.gc()` (MemoryMXBean, heap in use "
                            + "%.0f MiB before) by the number of sessions.", bytesPerSession / 1024.0,
                    bytesPerSession / 1_000_000.0, sessions, baselineBytes / 1024.0 / 1024.0);
        }
    }

    private final ApplicationContext context;

    UiSessionHeap(ApplicationContext context) {
        this.context = context;
    }

    Result measure(int sessions) {
        Routes routes = new Routes().autoDiscoverViews("org.csucasework");
        MockSpringServlet servlet = new MockSpringServlet(routes, context, UI::new);
        List<Object> alive = new ArrayList<>();
        try {
            openSession(servlet, alive);
            long before = usedHeapAfterGc();
            for (int i = 0; i < sessions; i++) {
                openSession(servlet, alive);
            }
            long after = usedHeapAfterGc();
            return new Result(sessions, (after - before) / sessions, before);
        } finally {
            alive.clear();
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
    }

    /** A new browser session: signs in as a supervisor (as the login form would) and opens the tasking page. */
    private static void openSession(MockSpringServlet servlet, List<Object> alive) {
        MockVaadin.setup(UI::new, servlet);
        List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(Role.SUPERVISOR.authority()));
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                new User("supervisor", "", authorities), null, authorities);
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authentication);
        SecurityContextHolder.setContext(security);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        Set<String> roles = Set.of(Role.SUPERVISOR.name(), Role.SUPERVISOR.authority());
        request.setUserInRole((principal, role) -> roles.contains(role));
        UI.getCurrent().navigate(TaskingMeetingView.class);
        if (!(UI.getCurrent().getCurrentView() instanceof TaskingMeetingView)) {
            throw new IllegalStateException("The tasking page did not open: " + UI.getCurrent().getCurrentView());
        }
        // Vaadin holds sessions softly in the mocked environment; a real servlet container holds them strongly.
        alive.add(VaadinSession.getCurrent());
        alive.add(UI.getCurrent());
        alive.add(VaadinSession.getCurrent().getSession());
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Several rounds: finalizers and soft references settle over more than one collection.
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
