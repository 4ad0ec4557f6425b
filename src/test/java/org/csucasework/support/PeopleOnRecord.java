package org.csucasework.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client that names a person it has already seen by their record's id, as a user does who picks the person offered
 * (decision 0020: a name alone always makes a new record). Keyed by name and date of birth, within one test.
 */
public final class PeopleOnRecord {

    private final Map<String, Long> ids = new HashMap<>();

    /** The report's body with every person seen before named by id. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> choose(Map<String, Object> report) {
        Map<String, Object> copy = new LinkedHashMap<>(report);
        if (copy.get("reporter") instanceof Map<?, ?> reporter) {
            copy.put("reporter", withId((Map<String, Object>) reporter));
        }
        if (copy.get("subjects") instanceof List<?> subjects) {
            List<Object> chosen = new ArrayList<>();
            subjects.forEach(s -> chosen.add(s instanceof Map<?, ?> m ? withId((Map<String, Object>) m) : s));
            copy.put("subjects", chosen);
        }
        return copy;
    }

    /** Remembers the records the report was linked to ({@code people} in the 201 answer). */
    public void remember(Map<String, Object> report, ApiTestClient.Response logged) {
        if (report.get("reporter") instanceof Map<?, ?> reporter && !logged.at("/people/reporter").isMissingNode()
                && !logged.at("/people/reporter").isNull()) {
            ids.putIfAbsent(key(reporter), logged.at("/people/reporter").asLong());
        }
        if (report.get("subjects") instanceof List<?> subjects) {
            for (int i = 0; i < subjects.size(); i++) {
                if (subjects.get(i) instanceof Map<?, ?> subject) {
                    ids.putIfAbsent(key(subject), logged.at("/people/subjects/" + i).asLong());
                }
            }
        }
    }

    private Map<String, Object> withId(Map<String, Object> person) {
        Long id = ids.get(key(person));
        if (id == null || person.get("personId") != null) {
            return person;
        }
        Map<String, Object> chosen = new LinkedHashMap<>(person);
        chosen.put("personId", id);
        return chosen;
    }

    private static String key(Map<?, ?> person) {
        return person.get("name") + "|" + person.get("dateOfBirth");
    }
}
