package org.csucasework.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON body of {@code POST /api/reports} (DESIGN.md section 6), built up in a test. The test database is shared
 * and never reset, so places and people get a random suffix: each test sees only its own history.
 */
public final class TestReport {

    /** A Sevenoaks ward (Ash) from the reference data. */
    public static final String WARD = "E05005008";
    public static final String CATEGORY = "ASB_NUISANCE";

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> subjects = new ArrayList<>();

    private TestReport(String location) {
        body.put("receivedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.MINUTES).toString());
        body.put("categoryCode", CATEGORY);
        body.put("wardCode", WARD);
        body.put("location", location);
        body.put("sourceAgencyCode", "SDC_CSU");
        body.put("anonymous", true);
        body.put("description", "Groups gathering late at night, shouting and playing loud music.");
    }

    /** A few letters and digits no other test run will use. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    }

    /** A surname nobody else has: letters only, as names are. */
    public static String newSurname() {
        StringBuilder name = new StringBuilder("Quor");
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 7; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /** The surname with its sixth letter changed: one letter wrong. */
    public static String misspelt(String surname) {
        char wrong = surname.charAt(5) == 'x' ? 'y' : 'x';
        return surname.substring(0, 5) + wrong + surname.substring(6);
    }

    /** An address nobody else has reported. */
    public static String newPlace() {
        return unique() + " Test Close, Sevenoaks";
    }

    /** A name nobody else has been recorded under. */
    public static String newPerson() {
        return "Robin Tester " + unique();
    }

    /** An anonymous report about the place, received a minute ago. */
    public static TestReport anonymousAt(String location) {
        return new TestReport(location);
    }

    public TestReport receivedAt(Instant receivedAt) {
        body.put("receivedAt", receivedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        return this;
    }

    public TestReport receivedDaysAgo(long days) {
        return receivedAt(Instant.now().minus(days, ChronoUnit.DAYS));
    }

    /** Makes the report non-anonymous: reported by this person, reachable on this phone. */
    public TestReport reporter(String name, String phone) {
        body.put("anonymous", false);
        Map<String, Object> reporter = new LinkedHashMap<>();
        reporter.put("name", name);
        reporter.put("phone", phone);
        body.put("reporter", reporter);
        return this;
    }

    public TestReport subject(String role, String name) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("role", role);
        subject.put("name", name);
        subjects.add(subject);
        return this;
    }

    /** A person involved who is on record: named by id, as a client that chose the record does (decision 0020). */
    public TestReport subjectOnRecord(String role, long personId) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("role", role);
        subject.put("personId", personId);
        subjects.add(subject);
        return this;
    }

    /** Makes the report non-anonymous: reported by the person on record with this id. */
    public TestReport reporterOnRecord(long personId, String phone) {
        body.put("anonymous", false);
        Map<String, Object> reporter = new LinkedHashMap<>();
        reporter.put("personId", personId);
        reporter.put("phone", phone);
        body.put("reporter", reporter);
        return this;
    }

    public TestReport with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public TestReport without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> body() {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (!subjects.isEmpty()) {
            copy.put("subjects", List.copyOf(subjects));
        }
        return copy;
    }
}
