package org.csucasework.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Signed-in users of CSU Casework for a while (issue 20): half of them integrations on the API (HTTP Basic, every
 * request signed), half of them people on the web pages (a form login, then page loads with the session). Reading
 * reports, the tasking agenda, My actions and the figures; logging reports, adding and completing actions.
 *
 * <p>System properties: {@code load.baseUrl} (http://localhost:8080), {@code load.users} (50), {@code load.seconds}
 * (300), {@code load.scenario} (mix, or readers: all users open reports without a pause), {@code load.reports} (the references to open, a CSV with a {@code reference} column, written by the seeding:
 * ../target/load-data/reports.csv), {@code load.password} (the demo accounts' password).
 */
public class CaseworkSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.seconds", 300));
    private static final String REPORTS = System.getProperty("load.reports", "../target/load-data/reports.csv");
    private static final String PASSWORD = System.getProperty("load.password", "Casework-demo-2026");
    /** {@code mix} (default): the realistic mix; {@code readers}: issue 20's attack, everyone opening reports, no pause. */
    private static final String SCENARIO = System.getProperty("load.scenario", "mix");

    private final FeederBuilder<String> references = csv(REPORTS).random();

    /** New reports come from a few hundred streets, so that repeats and links build up as they do in a district. */
    private final Iterator<Map<String, Object>> newReports = Stream.generate(() -> Map.<String, Object>of(
            "location", (1 + ThreadLocalRandom.current().nextInt(400)) + " Load Test Road, Sevenoaks",
            "receivedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.MINUTES).toString(),
            "dueDate", LocalDate.now().plusDays(14).toString(),
            "key", UUID.randomUUID().toString())).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json, application/problem+json")
            .userAgentHeader("csu-casework-load-test")
            .disableWarmUp()
            .disableCaching();

    // --- the API, as an integration would use it: HTTP Basic on every request -------------------------------------

    private static ChainBuilder readReport(String user) {
        return exec(http("API open a report").get("/api/reports/#{reference}").basicAuth(user, PASSWORD)
                .check(status().is(200)));
    }

    private static final ChainBuilder AGENDA = exec(http("API tasking agenda").get("/api/tasking/agenda")
            .basicAuth("supervisor", PASSWORD).check(status().is(200)));

    private static final ChainBuilder FIGURES = exec(http("API annual figures").get("/api/figures/annual")
            .basicAuth("analyst", PASSWORD).check(status().is(200)));

    private static final String NEW_REPORT = """
            {"receivedAt":"#{receivedAt}","categoryCode":"ASB_NUISANCE","wardCode":"E05005008",
             "location":"#{location}","sourceAgencyCode":"SDC_CSU","anonymous":true,
             "description":"Groups gathering late at night, shouting and playing loud music (load test)."}""";

    private final ChainBuilder logAndWorkAReport = exec(session -> session.setAll(newReports.next()))
            .exec(http("API log a report").post("/api/reports").basicAuth("caseworker", PASSWORD)
                    .header("Content-Type", "application/json").header("Idempotency-Key", "#{key}")
                    .body(StringBody(NEW_REPORT))
                    .check(status().is(201), jsonPath("$.reference").saveAs("logged")))
            .exec(http("API add an action").post("/api/reports/#{logged}/actions").basicAuth("caseworker", PASSWORD)
                    .header("Content-Type", "application/json").header("Idempotency-Key", "action-#{key}")
                    .body(StringBody("""
                            {"agencyCode":"WKHA","description":"Visit the residents and speak to them",
                             "dueDate":"#{dueDate}"}"""))
                    .check(status().is(201), jsonPath("$.id").saveAs("actionId")))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(http("API complete an action").post("/api/actions/#{actionId}/complete")
                    .basicAuth("housing", PASSWORD).header("Content-Type", "application/json")
                    .body(StringBody("{\"outcome\":\"Visited; the residents agreed to keep the noise down\"}"))
                    .check(status().is(200)));

    private final ScenarioBuilder apiClients = scenario("API clients")
            .during(DURATION).on(
                    feedReference()
                            .exec(randomSwitch().on(
                                    percent(30.0).then(readReport("caseworker")),
                                    percent(15.0).then(readReport("supervisor")),
                                    percent(15.0).then(AGENDA),
                                    percent(15.0).then(FIGURES),
                                    percent(25.0).then(logAndWorkAReport)))
                            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));

    // --- the web pages, as a person would load them: one form login, then the session -----------------------------

    private static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).header("Accept", "text/html").check(status().is(200)));
    }

    private final ScenarioBuilder people = scenario("People on the web pages")
            .exec(http("UI login page").get("/login").header("Accept", "text/html")
                    .check(status().is(200), regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
            .exec(http("UI sign in").post("/login").header("Accept", "text/html")
                    .formParam("username", "caseworker").formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().in(200, 302), bodyString().notNull()))
            .during(DURATION).on(
                    feedReference()
                            .exec(randomSwitch().on(
                                    percent(35.0).then(page("UI report page", "/reports/#{reference}")),
                                    percent(25.0).then(page("UI daily tasking", "/tasking")),
                                    percent(25.0).then(page("UI my actions", "/my-actions")),
                                    percent(15.0).then(page("UI home", "/"))))
                            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5)));

    private ChainBuilder feedReference() {
        return feed(references);
    }

    private final ScenarioBuilder readers = scenario("Readers without a pause")
            .during(DURATION).on(feedReference().exec(readReport("supervisor")));

    {
        int apiUsers = USERS / 2;
        if ("readers".equals(SCENARIO)) {
            setUp(readers.injectOpen(atOnceUsers(USERS))).protocols(protocol)
                    .assertions(global().failedRequests().count().is(0L));
        } else {
            setUp(apiClients.injectOpen(rampUsers(apiUsers).during(Duration.ofSeconds(10))),
                    people.injectOpen(rampUsers(USERS - apiUsers).during(Duration.ofSeconds(10))))
                    .protocols(protocol)
                    .assertions(global().failedRequests().count().is(0L));
        }
    }
}
