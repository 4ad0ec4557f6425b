package org.csucasework.intake.internal;

import static org.csucasework.shared.personaldata.Overwrite.blank;
import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.REPORT;

import java.util.List;
import java.util.Set;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A report's description and outcome note; a report names its reporter and its subjects. */
@Component
class ReportPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    ReportPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> columns() {
        return Set.of("report.description", "report.outcome_note");
    }

    @Override
    public List<Naming> namings() {
        return List.of(new Naming(REPORT, "select reporter_person_id as person_id, id as record_id from report"
                + " where reporter_person_id is not null"
                + " union all select person_id, report_id from report_subject where person_id is not null"));
    }

    @Override
    public void anonymise(PastRetention records) {
        if (records.type() == REPORT && !records.ids().isEmpty()) {
            jdbc.update("update report set description = " + blank("description") + ", outcome_note = "
                    + blank("outcome_note") + ", anonymised_at = :at, version = version + 1 where id in (:ids)",
                    records.params());
        }
    }

    @Override
    public void erase(Erasure erasure) {
        if (!erasure.of(REPORT).isEmpty()) {
            jdbc.update("update report set description = " + scrub("description") + ", outcome_note = "
                    + scrub("outcome_note") + ", version = version + 1 where id in (:ids)", erasure.params(REPORT));
        }
    }
}
