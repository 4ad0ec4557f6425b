package org.csucasework.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.StoredRows;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The bad-input corpus (issue 20): whatever a careless or hostile client sends, the answer is a 400 problem naming
 * the field, never a 500, and nothing is stored (the row count of every table, before and after).
 *
 * <p>Most of it is found, not written: every {@code /api} endpoint from Spring MVC's handler mappings, its JSON body's
 * properties (recursively, lists included) and its query parameters each get what does not belong there: text with a
 * NUL character, {@code null} inside a list, a number for a true/false, text for a number, a number too big, a date
 * before the year 1 or after 9999, a date that does not exist. A new endpoint is in the corpus the day it is added.
 * The rest are the cases a field's own rules catch (an e-mail longer than its column, implausible dates, a close note
 * over 2,000 characters, a score out of range, CSV cells), written out with a body that is otherwise valid.
 */
@IntegrationTest
class BadInputCorpusTest extends ApiTestBase {

    private static final String NUL = "Kent\u0000Street";
    /** Date-like text fields that the controllers parse themselves. */
    private static final Pattern DATE_NAME = Pattern.compile(".*(Date|At|On|OfBirth|Start|End)$|^(date|from|to)$");
    private static final List<String> BAD_DATES = List.of("-5000-01-01", "+10000-01-01", "2026-02-30");

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    /** One bad request, the user sending it, and the field the answer must name. */
    private record Case(String name, String user, Function<String, MockHttpServletRequestBuilder> request,
                        String field, String messageContains) {
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsA400NamingTheFieldAndStoresNothing() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");
        long actionId = api.addAction("caseworker", reference, "SDC_CSU", LocalDate.now().plusDays(5));
        Map<String, String> samples = Map.of("reference", reference, "id", String.valueOf(actionId),
                "year", String.valueOf(LocalDate.now().getYear()));

        List<Case> cases = new ArrayList<>(discovered(samples));
        cases.addAll(written(reference, actionId));
        return cases.stream().map(c -> dynamicTest(c.name(), () -> {
            Map<String, Long> before = StoredRows.count(jdbc);
            MockHttpServletResponse response = mvc.perform(c.request().apply(c.name())
                    .with(httpBasic(c.user(), ApiTestClient.PASSWORD))).andReturn().getResponse();
            String content = response.getContentAsString(StandardCharsets.UTF_8);

            assertThat(response.getStatus()).as(content).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            JsonNode errors = json.readTree(content).path("errors");
            List<String> fields = new ArrayList<>();
            errors.forEach(error -> fields.add(error.path("field").asText()));
            assertThat(fields).as(content).contains(c.field());
            if (c.messageContains() != null) {
                assertThat(content).contains(c.messageContains());
            }
            assertThat(content).doesNotContain("\\u0000");
            assertThat(StoredRows.count(jdbc)).as("rows stored").isEqualTo(before);
        }));
    }

    // --- Found from the handler mappings --------------------------------------------------------------------

    private List<Case> discovered(Map<String, String> samples) {
        List<Case> cases = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = expand(pattern, samples);
                for (var method : info.getMethodsCondition().getMethods()) {
                    String endpoint = method.name() + " " + pattern;
                    String user = userFor(method.name(), pattern);
                    for (MethodParameter parameter : handler.getMethodParameters()) {
                        if (parameter.hasParameterAnnotation(RequestBody.class) && consumesJson(info)) {
                            JavaType type = json.constructType(parameter.getGenericParameterType());
                            for (Map.Entry<String, Object> bad : badBodies(type, "", 0).entrySet()) {
                                String field = bad.getKey().substring(0, bad.getKey().indexOf(' '));
                                cases.add(new Case(endpoint + " with " + bad.getKey(), user,
                                        name -> MockMvcRequestBuilders.request(method.asHttpMethod(), path)
                                                .contentType("application/json").accept("application/json")
                                                .content(write(bad.getValue())), field, null));
                            }
                        }
                        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
                        if (param != null || part != null) {
                            String name = parameterName(parameter, param, part);
                            if (name.isEmpty() || Map.class.isAssignableFrom(parameter.getParameterType())) {
                                continue;
                            }
                            badParameterValues(parameter.getParameterType(), name).forEach((label, value) ->
                                    cases.add(new Case(endpoint + " with the parameter " + name + " " + label, user,
                                            n -> MockMvcRequestBuilders.request(method.asHttpMethod(), path)
                                                    .queryParam(name, value).accept("*/*"),
                                            name, null)));
                        }
                    }
                }
            }
        });
        return cases;
    }

    private static boolean consumesJson(RequestMappingInfo info) {
        return info.getConsumesCondition().isEmpty() || info.getConsumesCondition().getConsumableMediaTypes()
                .stream().anyMatch(type -> type.getSubtype().endsWith("json"));
    }

    /**
     * Bodies each with one bad value, keyed "field what": the field as the problem must name it (a.b, a[0].b).
     * Only the bad property is sent: the JSON rules refuse it before any other rule of the endpoint is looked at.
     */
    private Map<String, Object> badBodies(JavaType type, String prefix, int depth) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        if (depth > 3) {
            return bodies;
        }
        List<BeanPropertyDefinition> properties = json.getDeserializationConfig().introspect(type).findProperties();
        for (BeanPropertyDefinition property : properties) {
            if (!property.couldDeserialize()) {
                continue;
            }
            String name = property.getName();
            String field = prefix + name;
            JavaType propertyType = property.getPrimaryType();
            badValues(propertyType, name).forEach((label, value) -> bodies.put(field + " " + label, one(name, value)));
            if (propertyType.isCollectionLikeType() || propertyType.isArrayType()) {
                JavaType element = propertyType.getContentType();
                bodies.put(field + "[0] as null in the list", one(name, java.util.Arrays.asList((Object) null)));
                badValues(element, name).forEach((label, value) ->
                        bodies.put(field + "[0] " + label, one(name, List.of(value))));
                if (isBean(element)) {
                    badBodies(element, field + "[0].", depth + 1).forEach((key, value) ->
                            bodies.put(key, one(name, List.of(value))));
                }
            } else if (propertyType.isMapLikeType()) {
                badValues(propertyType.getContentType(), "value").forEach((label, value) ->
                        bodies.put(field + ".key " + label, one(name, Map.of("key", value))));
            } else if (isBean(propertyType)) {
                badBodies(propertyType, field + ".", depth + 1).forEach((key, value) -> bodies.put(key, one(name, value)));
            }
        }
        return bodies;
    }

    private static Map<String, Object> badValues(JavaType type, String name) {
        Map<String, Object> values = new LinkedHashMap<>();
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            values.put("holding a NUL character", NUL);
            if (DATE_NAME.matcher(name).matches()) {
                BAD_DATES.forEach(date -> values.put("as the date " + date, date));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            values.put("as the number 5", 5);
            values.put("as the text \"yes\"", "yes");
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            values.put("as text", "five");
            values.put("as a number too big", new java.math.BigInteger("99999999999999999999999"));
            values.put("as a fraction", 1.5);
        } else if (raw == LocalDate.class) {
            BAD_DATES.forEach(date -> values.put("as the date " + date, date));
        } else if (Temporal.class.isAssignableFrom(raw)) {
            values.put("in the year -5000", "-5000-01-01T10:00:00Z");
            values.put("in the year 10000", "+10000-01-01T10:00:00Z");
        } else if (raw.isEnum()) {
            values.put("as an unknown value", "NO_SUCH_VALUE");
            values.put("as a number", 0);
        }
        return values;
    }

    private static Map<String, String> badParameterValues(Class<?> type, String name) {
        Map<String, String> values = new LinkedHashMap<>();
        if (type == LocalDate.class || (type == String.class && DATE_NAME.matcher(name).matches())) {
            BAD_DATES.forEach(date -> values.put("as the date " + date, date));
        }
        if (type == String.class) {
            values.put("holding a NUL character", NUL);
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            values.put("as text", "five");
        } else if (type.isEnum() || Collection.class.isAssignableFrom(type)) {
            values.put("as an unknown value", "NO_SUCH_VALUE\u0000");
        }
        return values;
    }

    private static boolean isBean(JavaType type) {
        Class<?> raw = type.getRawClass();
        return !raw.isPrimitive() && !raw.isEnum() && !raw.getName().startsWith("java.") && !type.isContainerType();
    }

    private static Map<String, Object> one(String name, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, value);
        return body;
    }

    private static String parameterName(MethodParameter parameter, RequestParam param, RequestPart part) {
        String name = param != null ? param.name() : part.name();
        if (name.isEmpty()) {
            Parameter reflected = parameter.getParameter();
            name = reflected.isNamePresent() ? reflected.getName() : "";
        }
        return name;
    }

    /** Who sends the requests to an endpoint: someone who may use it, so that what is checked is the input. */
    private static String userFor(String method, String pattern) {
        if (pattern.startsWith("/api/imports/") || (method.equals("PUT") && pattern.startsWith("/api/priorities/"))) {
            return "analyst";
        }
        return "supervisor";
    }

    private static String expand(String pattern, Map<String, String> samples) {
        String path = pattern;
        for (Map.Entry<String, String> sample : samples.entrySet()) {
            path = path.replace("{" + sample.getKey() + "}", sample.getValue());
        }
        return path.replaceAll("\\{[^}]+}", "1");
    }

    // --- Written out: the rules of particular fields ------------------------------------------------------------

    private List<Case> written(String reference, long actionId) {
        List<Case> cases = new ArrayList<>();
        Map<String, Object> reporter = new LinkedHashMap<>(Map.of("name", TestReport.newPerson(), "phone", "01732 000000",
                "email", "x".repeat(250) + "@example.com"));
        cases.add(report("an e-mail address longer than its column", "caseworker",
                TestReport.anonymousAt(TestReport.newPlace()).with("anonymous", false).with("reporter", reporter).body(),
                "reporter.email", "At most"));
        cases.add(report("a report received before 1990", "caseworker",
                TestReport.anonymousAt(TestReport.newPlace()).with("receivedAt", "1989-12-31T10:00:00Z").body(),
                "receivedAt", "1 Jan 1990"));
        cases.add(report("a report received in the year -5000", "caseworker",
                TestReport.anonymousAt(TestReport.newPlace()).with("receivedAt", "-5000-01-01T10:00:00Z").body(),
                "receivedAt", "9999"));
        cases.add(report("a subject born before 1900", "caseworker",
                TestReport.anonymousAt(TestReport.newPlace()).with("subjects", List.of(Map.of("role", "WITNESS",
                        "name", TestReport.newPerson(), "dateOfBirth", "1899-12-31"))).body(),
                "subjects[0].dateOfBirth", "1 Jan 1900"));
        cases.add(report("\"anonymous\": 5", "caseworker",
                TestReport.anonymousAt(TestReport.newPlace()).with("anonymous", 5).body(), "anonymous", null));
        cases.add(report("\"subjects\": [null]", "caseworker",
                TestReport.anonymousAt(TestReport.newPlace()).with("subjects", java.util.Arrays.asList((Object) null))
                        .body(), "subjects[0]", null));
        cases.add(report("a NUL character in the description", "caseworker",
                TestReport.anonymousAt(TestReport.newPlace()).with("description", "Loud music " + NUL).body(),
                "description", null));
        cases.add(post("an action due more than 5 years ahead", "caseworker", "/api/reports/" + reference + "/actions",
                Map.of("agencyCode", "SDC_CSU", "description", "Visit", "dueDate", LocalDate.now().plusYears(6).toString()),
                "dueDate", "between"));
        cases.add(post("an action due in the year 10000", "caseworker", "/api/reports/" + reference + "/actions",
                Map.of("agencyCode", "SDC_CSU", "description", "Visit", "dueDate", "+10000-01-01"), "dueDate", "9999"));
        cases.add(post("an action description over 2,000 characters", "caseworker",
                "/api/reports/" + reference + "/actions", Map.of("agencyCode", "SDC_CSU", "description", "d".repeat(2001),
                        "dueDate", LocalDate.now().plusDays(3).toString()), "description", "2000"));
        cases.add(post("an action outcome with a NUL character", "caseworker", "/api/actions/" + actionId + "/complete",
                Map.of("outcome", "Visited " + NUL), "outcome", null));
        cases.add(post("a close note over 2,000 characters", "caseworker", "/api/reports/" + reference + "/close",
                Map.of("outcomeCode", "RESOLVED", "note", "n".repeat(2001), "reporterUpdated", true), "note", "2000"));
        cases.add(post("a MARAC referral with \"criteria\": [null]", "caseworker", "/api/marac/referrals",
                Map.of("subjectKind", "PERSON", "personName", TestReport.newPerson(),
                        "criteria", java.util.Arrays.asList((Object) null)), "criteria[0]", null));
        cases.add(post("a MARAC referral with a NUL character in the risk summary", "caseworker", "/api/marac/referrals",
                Map.of("subjectKind", "PERSON", "personName", TestReport.newPerson(), "riskSummary", NUL),
                "riskSummary", null));
        cases.add(new Case("a priority score out of range", "analyst", n -> MockMvcRequestBuilders
                .put("/api/priorities/" + LocalDate.now().getYear()).contentType("application/json")
                .accept("application/json").content(write(Map.of("issues", List.of(Map.of("name", "Noise " + n.hashCode(),
                        "scores", Map.of("TREND", 7)))))), "issues[0].scores.TREND", "0, 1, 3, 5"));
        cases.add(new Case("a priority score too big for a number", "analyst", n -> MockMvcRequestBuilders
                .put("/api/priorities/" + LocalDate.now().getYear()).contentType("application/json")
                .accept("application/json").content("{\"issues\":[{\"name\":\"Noise\",\"scores\":{\"TREND\":99999999999}}]}"),
                "issues[0].scores.TREND", null));
        String header = String.join(",", org.csucasework.intake.ReportImportService.COLUMNS);
        cases.add(csv("a historic report with a NUL character in a cell", "/api/imports/reports", header + "\n"
                + "CSU-2019-000001,2019-10-31T14:05:00,ASB_NUISANCE," + TestReport.WARD + ",Kent" + NUL
                + ",SDC_CSU,true,,\n", "location"));
        cases.add(csv("a historic report received in the year -5000", "/api/imports/reports", header + "\n"
                + "CSU-2019-000001,-5000-10-31T14:05:00,ASB_NUISANCE," + TestReport.WARD + ",High Street,SDC_CSU,true,,\n",
                "received_at"));
        String partnerHeader = String.join(",", org.csucasework.reporting.PartnerFiguresService.COLUMNS);
        cases.add(csv("partner figures for a period in the year 10000", "/api/imports/partner-figures", partnerHeader
                + "\nKENT_POLICE,ASB_NUISANCE,+10000-04-01,+10000-06-30,12\n", "period_start"));
        cases.add(csv("partner figures with a NUL character in a cell", "/api/imports/partner-figures", partnerHeader
                + "\nKENT" + NUL + ",ASB_NUISANCE,2019-04-01,2019-06-30,12\n", "source"));
        cases.add(get("monthly figures from the year -5000", "analyst", "/api/figures/monthly?from=-5000-01-01&to=2026-01-31",
                "from"));
        cases.add(get("the agenda of the year 10000", "caseworker", "/api/tasking/agenda?date=%2B10000-01-01", "date"));
        return cases;
    }

    private Case report(String name, String user, Map<String, Object> body, String field, String message) {
        return post("a report with " + name, user, "/api/reports", body, field, message);
    }

    private Case post(String name, String user, String path, Object body, String field, String message) {
        return new Case(name, user, n -> MockMvcRequestBuilders.post(path).contentType("application/json")
                .accept("application/json").content(write(body)), field, message);
    }

    private static Case csv(String name, String path, String content, String field) {
        return new Case(name, "analyst", n -> MockMvcRequestBuilders.post(path).contentType("text/csv")
                .accept("application/json").content(content.getBytes(StandardCharsets.UTF_8)), field, null);
    }

    private static Case get(String name, String user, String path, String field) {
        return new Case(name, user, n -> MockMvcRequestBuilders.get(java.net.URI.create(path))
                .accept("application/json"), field, null);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

}
