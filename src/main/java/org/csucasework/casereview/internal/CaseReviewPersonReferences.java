package org.csucasework.casereview.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.csucasework.people.PersonReferences;
import org.csucasework.people.TablePersonReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An ASB Case Review's applicant and victim, and the complainant of each complaint it relies on, move with a merge of
 * their person; a complaint on record also moves with a split of its report (decision 0020).
 */
@Component
class CaseReviewPersonReferences implements PersonReferences {

    private final TablePersonReferences applicants;
    private final TablePersonReferences victims;
    private final TablePersonReferences complainants;

    CaseReviewPersonReferences(NamedParameterJdbcTemplate jdbc) {
        this.applicants = new TablePersonReferences(jdbc, "applicant", "case_review", "applicant_person_id", null,
                true) { };
        this.victims = new TablePersonReferences(jdbc, "victim", "case_review", "victim_person_id", null, true) { };
        this.complainants = new TablePersonReferences(jdbc, "complainant", "case_review_complaint",
                "complainant_person_id", "report_id", false) { };
    }

    @Override
    public String name() {
        return "casereview";
    }

    @Override
    public List<String> move(Long from, Long to, Collection<Long> reportIds) {
        List<String> tokens = new ArrayList<>();
        applicants.move(from, to, reportIds).forEach(id -> tokens.add("applicant:" + id));
        victims.move(from, to, reportIds).forEach(id -> tokens.add("victim:" + id));
        complainants.move(from, to, reportIds).forEach(id -> tokens.add("complainant:" + id));
        return tokens;
    }

    @Override
    public void moveBack(Collection<String> tokens, Long to) {
        applicants.moveBack(idsOf(tokens, "applicant:"), to);
        victims.moveBack(idsOf(tokens, "victim:"), to);
        complainants.moveBack(idsOf(tokens, "complainant:"), to);
    }

    private static List<String> idsOf(Collection<String> tokens, String prefix) {
        return tokens.stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length())).toList();
    }
}
