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
 * <p>Each session then answers its first request as the servlet would (pending tasks run, the changes collected for
 * the browser and forgotten), so what remains is what a session holds between requests: the component tree, the
 * state tree Vaadin keeps to synchronise with the browser, the loaded agenda rows, the signed-in security context.
 * What it leaves out: the servlet container's own session object (a few hundred bytes).
 */
final class UiSessionHeap {

    record Result(int sessions, long bytesPerSession, long baselineBytes) {

        String describe() {
            return String.format(Locale.ROOT, "**%.0f KiB** (%.2f MB) per session, target under 1 MB. Measured by "
                            + "opening %d signed-in Vaadin sessions on the tasking page (supervisor) "
                            + "with Karibu-Testing's mocked servlet in the benchmark's JVM, keeping them alive, and "
                            + "dividing the growth of the used heap after `System.gc()` (MemoryMXBean, heap in use "
                            + "%.0f MiB before) by the number of sessions. Vaadin's development-mode component "
                            + "tracker is switched off (`vaadin.devmode.componentTracker.enabled=false`), as it is in "
                            + "production mode: with it on, each session held about 2.5 MB more, all of it "
                            + "`ComponentTracker$Location` records of where components were created. Most of it is the "
                            + "page itself (menu, meeting start form, the review form built before a meeting starts, "
                            + "a grid per agency with actions due); each agenda row adds about 0.4 KiB "
                            + "(LitRenderer cells, no components per row).", bytesPerSession / 1024.0,
                    bytesPerSession / 1_000_000.0, sessions, baselineBytes / 1024.0 / 1024.0);
        }
    }

    private static final String TRACKER = "devmode.componentTracker.enabled";

    private final ApplicationContext context;

    UiSessionHeap(ApplicationContext context) {
        this.context = context;
    }

    Result measure(int sessions) {
        // Development mode records where every component was created and attached (for the dev tools), about 2.5 MB
        // per session here; production mode, which is what serves users, never does. Measure what production holds.
        System.setProperty("vaadin." + TRACKER, "false");
        Routes routes = new Routes().autoDiscoverViews("org.csucasework");
        MockSpringServlet servlet = new MockSpringServlet(routes, context, UI::new);
        List<Object> alive = new ArrayList<>();
        try {
            openSession(servlet, alive);
            long before = usedHeapAfterGc();
            writeHistogramIfAsked(".before");
            for (int i = 0; i < sessions; i++) {
                openSession(servlet, alive);
            }
            long after = usedHeapAfterGc();
            writeHistogramIfAsked(".after");
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
        // Answer the browser as a real request would: run what waits for the response and hand the changes over. Without
        // this the mocked session would keep every change since it opened, which a real one sends and forgets.
        MockVaadin.clientRoundtrip();
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        // Vaadin holds sessions softly in the mocked environment; a real servlet container holds them strongly.
        alive.add(VaadinSession.getCurrent());
        alive.add(UI.getCurrent());
        alive.add(VaadinSession.getCurrent().getSession());
    }

    /**
     * With {@code -Dbenchmark.heapHistogram=target/ui-sessions.histo}, writes the live-object class histograms before
     * and after the sessions are opened (jcmd GC.class_histogram), to see what a session holds.
     */
    private static void writeHistogramIfAsked(String suffix) {
        String file = System.getProperty("benchmark.heapHistogram");
        if (file == null) {
            return;
        }
        try {
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectOutput(new java.io.File(file + suffix)).redirectErrorStream(true).start().waitFor();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
