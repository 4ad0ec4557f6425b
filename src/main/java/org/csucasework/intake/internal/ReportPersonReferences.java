package org.csucasework.intake.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.csucasework.people.PersonReferences;
import org.csucasework.people.TablePersonReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reports' reporters and people involved move with a merge or split of their person (decision 0020). */
@Component
class ReportPersonReferences implements PersonReferences {

    private final TablePersonReferences reporters;
    private final TablePersonReferences subjects;

    ReportPersonReferences(NamedParameterJdbcTemplate jdbc) {
        this.reporters = new TablePersonReferences(jdbc, "reporter", "report", "reporter_person_id", "id", true) { };
        this.subjects = new TablePersonReferences(jdbc, "subject", "report_subject", "person_id", "report_id", false) { };
    }

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public List<String> move(Long from, Long to, Collection<Long> reportIds) {
        List<String> tokens = new ArrayList<>();
        reporters.move(from, to, reportIds).forEach(id -> tokens.add("reporter:" + id));
        subjects.move(from, to, reportIds).forEach(id -> tokens.add("subject:" + id));
        return tokens;
    }

    @Override
    public void moveBack(Collection<String> tokens, Long to) {
        reporters.moveBack(idsOf(tokens, "reporter:"), to);
        subjects.moveBack(idsOf(tokens, "subject:"), to);
    }

    private static List<String> idsOf(Collection<String> tokens, String prefix) {
        return tokens.stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length())).toList();
    }
}
