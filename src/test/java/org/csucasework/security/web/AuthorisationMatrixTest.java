package org.csucasework.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.csucasework.security.ui.LoginView;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.csucasework.support.WebSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix: every Vaadin route (from the route registry) and every {@code /api} endpoint (from
 * Spring MVC's handler mappings) for every demo account, i.e. every role, with two partner officers of different
 * agencies. The expected answers are written down here; a route or endpoint without an entry fails the test, so a
 * new screen or endpoint cannot arrive without someone deciding who may use it.
 *
 * <p>Endpoints are called with a real report of the CSU (Sevenoaks District Council), so that a partner officer is
 * always an officer of another agency: for them a report endpoint must answer "not found", never the report.
 */
@IntegrationTest
class AuthorisationMatrixTest extends ApiTestBase {

    private static final Set<DemoLogin> EVERYONE = EnumSet.allOf(DemoLogin.class);
    private static final Set<DemoLogin> CSU_STAFF =
            EnumSet.of(DemoLogin.ADMIN, DemoLogin.SUPERVISOR, DemoLogin.CASEWORKER, DemoLogin.ANALYST);
    private static final Set<DemoLogin> CASEWORK = EnumSet.of(DemoLogin.SUPERVISOR, DemoLogin.CASEWORKER);
    private static final Set<DemoLogin> LOGGERS =
            EnumSet.of(DemoLogin.SUPERVISOR, DemoLogin.CASEWORKER, DemoLogin.POLICE, DemoLogin.HOUSING);
    private static final Set<DemoLogin> FIGURES = EnumSet.of(DemoLogin.ANALYST, DemoLogin.SUPERVISOR, DemoLogin.ADMIN);
    private static final Set<DemoLogin> ESCALATION =
            EnumSet.of(DemoLogin.ADMIN, DemoLogin.SUPERVISOR, DemoLogin.CASEWORKER, DemoLogin.POLICE, DemoLogin.HOUSING);
    private static final Set<DemoLogin> ADMIN = EnumSet.of(DemoLogin.ADMIN);
    private static final Set<DemoLogin> SUPERVISOR = EnumSet.of(DemoLogin.SUPERVISOR);
    private static final Set<DemoLogin> ANALYST = EnumSet.of(DemoLogin.ANALYST);
    private static final Set<DemoLogin> MARAC_MEMBERS = EnumSet.of(DemoLogin.SUPERVISOR, DemoLogin.POLICE);
    private static final Set<DemoLogin> NOBODY = EnumSet.noneOf(DemoLogin.class);

    /** Who may open each screen (route template). Screens under admin/ are for administrators, whatever they are. */
    private static final Map<String, Set<DemoLogin>> SCREENS = new TreeMap<>(Map.ofEntries(
            Map.entry("", EVERYONE),
            Map.entry("reports/new", LOGGERS),
            Map.entry("reports/:reference", EVERYONE),
            Map.entry("my-actions", LOGGERS),
            Map.entry("tasking", CASEWORK),
            Map.entry("supervisor", SUPERVISOR),
            Map.entry("task-groups", EVERYONE),
            Map.entry("task-groups/new", LOGGERS),
            Map.entry("task-groups/approvals", SUPERVISOR),
            Map.entry("people/duplicates", SUPERVISOR),
            Map.entry("task-groups/:reference", EVERYONE),
            Map.entry("places/:id", EVERYONE),
            Map.entry("search", EVERYONE),
            Map.entry("reports", EVERYONE),
            Map.entry("work-list", EVERYONE),
            Map.entry("reports/:reference/edit", LOGGERS),
            Map.entry("escalation/cases", ESCALATION),
            Map.entry("escalation/case/:___url_parameter", ESCALATION),
            Map.entry("escalation/letters", ESCALATION),
            Map.entry("escalation/queue", SUPERVISOR),
            Map.entry("reporting/figures", FIGURES),
            Map.entry("reporting/partner-figures", FIGURES),
            Map.entry("reporting/priorities", FIGURES),
            Map.entry("reporting/import", ANALYST),
            Map.entry("audit", EnumSet.of(DemoLogin.SUPERVISOR, DemoLogin.ADMIN)),
            Map.entry("marac", MARAC_MEMBERS),
            Map.entry("marac/meetings/:id", MARAC_MEMBERS),
            Map.entry("marac/screening", SUPERVISOR),
            // Any officer may refer, and a referrer opens their own referral; the services show the rest nothing.
            Map.entry("marac/referrals/new", LOGGERS),
            Map.entry("marac/cases/:reference", LOGGERS),
            // ASB Case Reviews: CSU caseworkers and supervisors (the coordinators); the services refuse the rest.
            Map.entry("case-reviews", CASEWORK),
            Map.entry("case-reviews/new", CASEWORK),
            Map.entry("case-reviews/:reference", CASEWORK),
            Map.entry("data-protection/retention", ADMIN),
            Map.entry("data-protection/subject-access", EnumSet.of(DemoLogin.SUPERVISOR, DemoLogin.ADMIN))));

    /**
     * Who may call each endpoint ("METHOD pattern"). For everyone else the answer is 403, or 404 where the endpoint
     * is about a report the caller's agency may not see.
     */
    private static final Map<String, Set<DemoLogin>> ENDPOINTS = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /api/reports", LOGGERS),
            Map.entry("GET /api/reports/{reference}", CSU_STAFF),
            // Lists and search answer everyone signed in, with only what each may see.
            Map.entry("GET /api/reports", EVERYONE),
            Map.entry("GET /api/search", EVERYONE),
            // A partner's agency does not own the CSU's sample report: "not found" for them, 403 for analysts.
            Map.entry("PATCH /api/reports/{reference}", CASEWORK),
            Map.entry("POST /api/reports/{reference}/actions", CASEWORK),
            Map.entry("POST /api/reports/{reference}/close", CASEWORK),
            Map.entry("POST /api/reports/{reference}/shares", CASEWORK),
            Map.entry("POST /api/reports/{reference}/risk-assessments", CASEWORK),
            // A case's history reads like the case; notes and documents are added by those who work cases.
            Map.entry("GET /api/reports/{reference}/history", CSU_STAFF),
            Map.entry("POST /api/reports/{reference}/notes", CASEWORK),
            Map.entry("POST /api/reports/{reference}/documents", CASEWORK),
            // The same calls under every other kind of case's address. The sample reference is a report's, which is
            // no group, escalation case, MARAC case or Case Review: everyone gets 404 (OtherCasesHistoryApiTests
            // calls them with a real case of each rule).
            Map.entry("GET /api/task-groups/{reference}/history", NOBODY),
            Map.entry("POST /api/task-groups/{reference}/notes", NOBODY),
            Map.entry("POST /api/task-groups/{reference}/documents", NOBODY),
            Map.entry("GET /api/escalation/cases/{reference}/history", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/notes", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/documents", NOBODY),
            Map.entry("GET /api/marac/referrals/{reference}/history", NOBODY),
            Map.entry("POST /api/marac/referrals/{reference}/notes", NOBODY),
            Map.entry("POST /api/marac/referrals/{reference}/documents", NOBODY),
            Map.entry("GET /api/case-reviews/{reference}/history", NOBODY),
            Map.entry("POST /api/case-reviews/{reference}/notes", NOBODY),
            Map.entry("POST /api/case-reviews/{reference}/documents", NOBODY),
            // An id that is no one's document: "not found" for everyone (403 for roles refused outright).
            Map.entry("GET /api/documents/{id}", NOBODY),
            // Escalation: officers open cases (for analysts and administrators a refusal before the body is read);
            // a report's reference guessed as a case's, and an id that is no one's step, are "not found".
            Map.entry("POST /api/escalation/cases", LOGGERS),
            Map.entry("GET /api/escalation/cases/{reference}", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/proposals", NOBODY),
            Map.entry("POST /api/escalation/steps/{id}/decision", NOBODY),
            Map.entry("POST /api/escalation/steps/{id}/service", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/appeal", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/appeal/result", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/fixed-penalties", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/fixed-penalties/payment", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/works-in-default", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/prosecutions", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/prosecutions/outcome", NOBODY),
            // An ABA signed or refused and the legal outcomes beyond the ladder: as a prosecution, the CSU's
            // caseworkers and supervisors; a step or outcome guessed from another record's id is "not found".
            Map.entry("POST /api/escalation/steps/{id}/agreement", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/legal-outcomes", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/legal-outcomes/{id}/breaches", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/legal-outcomes/{id}/extension", NOBODY),
            Map.entry("POST /api/escalation/cases/{reference}/works-in-default/{id}/recovered", NOBODY),
            Map.entry("POST /api/actions/{id}/complete", CASEWORK),
            Map.entry("GET /api/tasking/agenda", EVERYONE),
            Map.entry("GET /api/figures/monthly", FIGURES),
            Map.entry("GET /api/figures/annual", FIGURES),
            Map.entry("GET /api/figures/partner", FIGURES),
            Map.entry("GET /api/figures/tables.xlsx", FIGURES),
            Map.entry("GET /api/figures/pack.pdf", FIGURES),
            Map.entry("GET /api/priorities/{year}", FIGURES),
            Map.entry("PUT /api/priorities/{year}", ANALYST),
            Map.entry("POST /api/imports/reports", ANALYST),
            Map.entry("POST /api/imports/partner-figures", ANALYST),
            // ASB Case Reviews: applications by CSU staff accounts (the council's web form posts as one); a report's
            // reference guessed as a review's is "not found" for everyone.
            Map.entry("POST /api/case-reviews", CASEWORK),
            Map.entry("GET /api/case-reviews/{reference}", NOBODY),
            Map.entry("GET /api/figures/case-reviews", FIGURES),
            Map.entry("GET /api/figures/victims", FIGURES),
            // The coordinators' steps and the letters: a report's reference (or an action's id) guessed as a review's
            // or a complaint's is "not found" for the coordinators, refused to everyone else before any rule is told.
            Map.entry("POST /api/case-reviews/{reference}/complaints/{id}/exclusion", NOBODY),
            Map.entry("POST /api/case-reviews/{reference}/decision", NOBODY),
            Map.entry("POST /api/case-reviews/{reference}/meeting", NOBODY),
            Map.entry("POST /api/case-reviews/{reference}/information", NOBODY),
            Map.entry("POST /api/case-reviews/{reference}/recommendations", NOBODY),
            Map.entry("POST /api/case-reviews/{reference}/outcome", NOBODY),
            Map.entry("POST /api/case-reviews/{reference}/response", NOBODY),
            Map.entry("POST /api/case-reviews/{reference}/escalation-result", NOBODY),
            Map.entry("GET /api/case-reviews/{reference}/letters/decision", NOBODY),
            Map.entry("GET /api/case-reviews/{reference}/letters/outcome", NOBODY),
            // Community MARAC: lists answer everyone (empty for non-members, no hint that a case exists); a report's
            // reference or an action's id guessed as a referral's or a meeting's is "not found" for everyone.
            Map.entry("GET /api/marac/referrals", EVERYONE),
            Map.entry("POST /api/marac/referrals", LOGGERS),
            Map.entry("GET /api/marac/referrals/{reference}", NOBODY),
            // A resubmission is checked before the referral is looked up: officers get the form's field errors.
            Map.entry("POST /api/marac/referrals/{reference}/submission", LOGGERS),
            Map.entry("POST /api/marac/referrals/{reference}/acceptance", NOBODY),
            Map.entry("POST /api/marac/referrals/{reference}/decline", NOBODY),
            Map.entry("POST /api/marac/referrals/{reference}/information-request", NOBODY),
            // The chair's queue; everyone else gets an empty list, a MARAC member who is not the chair a refusal.
            Map.entry("GET /api/marac/screening", EnumSet.complementOf(EnumSet.of(DemoLogin.POLICE))),
            Map.entry("GET /api/marac/meetings", EVERYONE),
            Map.entry("GET /api/marac/meetings/{id}", NOBODY),
            Map.entry("GET /api/marac/meetings/{id}/pack.pdf", NOBODY)));

    @Autowired
    private ServletContext servletContext;
    @Autowired
    private AccessAnnotationChecker accessChecker;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @LocalServerPort
    private int port;

    @TestFactory
    Stream<DynamicTest> everyScreenForEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<DemoLogin, WebSession> browsers = new EnumMap<>(DemoLogin.class);
        for (RouteData route : routes()) {
            String template = route.getTemplate();
            Set<DemoLogin> allowed = template.equals("admin") || template.startsWith("admin/") ? ADMIN
                    : SCREENS.get(template);
            if (allowed == null) {
                tests.add(dynamicTest("/" + template + " has an expected row in the matrix", () -> {
                    throw new AssertionError("No expectation for the screen /" + template + " ("
                            + route.getNavigationTarget().getName() + "): add who may open it to SCREENS");
                }));
                continue;
            }
            for (DemoLogin login : DemoLogin.values()) {
                boolean expected = allowed.contains(login);
                tests.add(dynamicTest("/" + template + (expected ? " opens for " : " is refused to ") + login, () -> {
                    assertThat(accessChecker.hasAccess(route.getNavigationTarget(), principalOf(login),
                            role -> java.util.Arrays.asList(login.roleNames()).contains(role))).isEqualTo(expected);
                    if (!expected) {
                        // Refused for real, through the running server, as the browser would be.
                        WebSession browser = browsers.computeIfAbsent(login,
                                l -> WebSession.signedIn(port, l.username(), DemoLogin.PASSWORD));
                        String path = sample(template);
                        assertThat(browser.navigate(path, "")).contains("Could not navigate to '" + path + "'");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleAndForAnonymousCallers() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");
        long actionId = api.addAction("caseworker", reference, "SDC_CSU", LocalDate.now().plusDays(5));
        Map<String, String> samples = Map.of("reference", reference, "id", String.valueOf(actionId),
                "year", String.valueOf(LocalDate.now().getYear()));

        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, HttpMethod> endpoint : apiEndpoints().entrySet()) {
            String key = endpoint.getKey();
            Set<DemoLogin> allowed = ENDPOINTS.get(key);
            if (allowed == null) {
                tests.add(dynamicTest(key + " has an expected row in the matrix", () -> {
                    throw new AssertionError("No expectation for the endpoint " + key + ": add it to ENDPOINTS");
                }));
                continue;
            }
            String pattern = key.substring(key.indexOf(' ') + 1);
            boolean notAnAction = pattern.startsWith("/api/documents/") || pattern.startsWith("/api/escalation/steps/");
            String path = expand(pattern, notAnAction ? Map.of("id", "0") : samples);
            tests.add(dynamicTest(key + " asks anonymous callers to sign in", () ->
                    assertThat(call(endpoint.getValue(), path, null)).isEqualTo(401)));
            for (DemoLogin login : DemoLogin.values()) {
                boolean expected = allowed.contains(login);
                tests.add(dynamicTest(key + (expected ? " answers " : " refuses ") + login, () -> {
                    int status = call(endpoint.getValue(), path, login);
                    if (expected) {
                        assertThat(status).as("status for " + login).isNotIn(401, 403, 404);
                    } else {
                        assertThat(status).as("status for " + login).isIn(403, 404);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theMatrixNamesOnlyScreensAndEndpointsThatExist() {
        Set<String> templates = new java.util.HashSet<>();
        routes().forEach(route -> templates.add(route.getTemplate()));
        Set<String> endpoints = apiEndpoints().keySet();
        return Stream.concat(
                SCREENS.keySet().stream().map(screen -> dynamicTest("screen /" + screen + " exists",
                        () -> assertThat(templates).contains(screen))),
                ENDPOINTS.keySet().stream().map(endpoint -> dynamicTest("endpoint " + endpoint + " exists",
                        () -> assertThat(endpoints).contains(endpoint))));
    }

    private List<RouteData> routes() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes()
                .stream().filter(route -> route.getNavigationTarget() != LoginView.class).toList();
    }

    /** "METHOD /api/pattern" for every handler method under /api. */
    private Map<String, HttpMethod> apiEndpoints() {
        Map<String, HttpMethod> endpoints = new LinkedHashMap<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(method ->
                        endpoints.put(method.name() + " " + pattern, HttpMethod.valueOf(method.name())));
            }
        }
        return endpoints;
    }

    /** Calls the endpoint with a harmless body (empty JSON or CSV): enough to reach every access check. */
    private int call(HttpMethod method, String path, DemoLogin login) throws Exception {
        MockHttpServletRequestBuilder request;
        if (path.endsWith("/documents")) {
            request = MockMvcRequestBuilders.multipart(path).file(new MockMultipartFile("file", "note.txt",
                    "text/plain", "A note".getBytes(StandardCharsets.UTF_8)));
        } else {
            request = MockMvcRequestBuilders.request(method, path);
            if (method != HttpMethod.GET) {
                if (path.startsWith("/api/imports/")) {
                    request.contentType("text/csv").content("");
                } else {
                    request.contentType(MediaType.APPLICATION_JSON).content("{}");
                }
            }
        }
        request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
        if (login != null) {
            request.with(httpBasic(login.username(), DemoLogin.PASSWORD));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static String expand(String pattern, Map<String, String> samples) {
        String path = pattern;
        for (Map.Entry<String, String> sample : samples.entrySet()) {
            path = path.replace("{" + sample.getKey() + "}", sample.getValue());
        }
        return path;
    }

    /** A route with sample parameters; any value reaches the access check. */
    private static String sample(String template) {
        return template.replaceAll(":[^/]+", "1");
    }

    private static Principal principalOf(DemoLogin login) {
        return UsernamePasswordAuthenticationToken.authenticated(login.username(), null,
                java.util.Arrays.stream(login.roleNames()).map(name -> new SimpleGrantedAuthority("ROLE_" + name))
                        .toList());
    }
}
