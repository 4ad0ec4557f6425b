package org.csucasework.escalation.internal;

import static org.csucasework.shared.personaldata.ExportRows.instant;
import static org.csucasework.shared.personaldata.ExportRows.notes;
import static org.csucasework.shared.personaldata.RecordType.ESCALATION_CASE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.csucasework.shared.personaldata.SubjectAccessRecords.CaseRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.LetterRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.Note;
import org.csucasework.shared.personaldata.SubjectAccessRecords.StepRecord;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The escalation cases about a person in a subject access export, in words and dates: a letter to a parent or
 * guardian shows their role, never their name. Part of {@link EscalationPersonalData}, kept apart for its size.
 */
class EscalationSubjectAccess {

    private final NamedParameterJdbcTemplate jdbc;

    EscalationSubjectAccess(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The escalation cases about the person, with their steps, letters, breaches, agreements and legal outcomes. */
    void export(SubjectAccess access) {
        record Row(long id, CaseRecord partial) {
        }
        List<Row> rows = jdbc.query("select id, reference, status, letter_address, young_person, closed_at,"
                + " closure_reason from escalation_case where person_id = :p order by created_at, id",
                new MapSqlParameterSource("p", access.personId()), (rs, n) -> new Row(rs.getLong("id"), new CaseRecord(rs.getString("reference"),
                        rs.getString("status"), rs.getString("letter_address"), rs.getBoolean("young_person"),
                        instant(rs, "closed_at"), rs.getString("closure_reason"), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of())));
        for (Row row : rows) {
            MapSqlParameterSource q = new MapSqlParameterSource("id", row.id());
            // Deadlines run from the day a step is served, not from its approval (issue 17): that is the day shown.
            List<StepRecord> steps = jdbc.query("select stage_code, status, conduct, served_on from escalation_step"
                    + " where case_id = :id order by proposed_at, id", q, (rs, n) -> new StepRecord(
                    rs.getString("stage_code"), rs.getString("status"), rs.getString("conduct"),
                    rs.getObject("served_on", LocalDate.class)));
            // A copy to a parent or guardian names them: only the role, in words, is shown for letters not to the person.
            List<LetterRecord> letters = jdbc.query("select title, stage_code, issued_at, recipient_name,"
                    + " recipient_role, coalesce(served_method, service_method) as service_method, served_on"
                    + " from escalation_document where case_id = :id"
                    + " order by issued_at, id", q, (rs, n) -> new LetterRecord(rs.getString("title"),
                    rs.getString("stage_code"), instant(rs, "issued_at"),
                    "SUBJECT".equals(rs.getString("recipient_role")) ? rs.getString("recipient_name")
                            : Names.spelt(rs.getString("recipient_role")), rs.getString("service_method"),
                    rs.getObject("served_on", LocalDate.class)));
            CaseRecord partial = row.partial();
            List<Note> breaches = notes(jdbc, "select reported_at as at, status as kind, description as text"
                    + " from escalation_breach where case_id = :id order by reported_at, id", row.id());
            List<Note> agreements = agreements(row.id());
            List<Note> enforcement = enforcement(row.id());
            List<Note> legalOutcomes = legalOutcomes(row.id());
            access.reference(ESCALATION_CASE, row.id(), partial.reference());
            access.addEscalationCase(() -> new CaseRecord(partial.reference(), partial.status(),
                    partial.letterAddress(), partial.youngPerson(), partial.closedAt(), partial.closureReason(), steps,
                    letters, breaches, access.timeline(ESCALATION_CASE, row.id()), agreements, enforcement,
                    legalOutcomes));
        }
    }

    /** Each ABA signed or refused: the day, a guardian's signature, the support offered, the positive requirements. */
    private List<Note> agreements(long caseId) {
        MapSqlParameterSource q = new MapSqlParameterSource("id", caseId);
        return jdbc.query("select id, recorded_at, outcome, decided_on, guardian_signed, support_offered"
                + " from escalation_aba_agreement where case_id = :id order by decided_on, id", q, (rs, n) -> {
            List<String> requirements = jdbc.queryForList("select text from escalation_aba_positive_requirement"
                    + " where agreement_id = :a order by position", new MapSqlParameterSource("a", rs.getLong("id")),
                    String.class);
            return new Note(instant(rs, "recorded_at"), rs.getString("outcome"), "on "
                    + UkDates.day(rs.getObject("decided_on", LocalDate.class))
                    + (rs.getBoolean("guardian_signed") ? "; signed by the parent or guardian too" : "")
                    + (rs.getString("support_offered") == null ? "" : "; support offered: " + rs.getString("support_offered"))
                    + (requirements.isEmpty() ? "" : "; positive requirements: " + String.join("; ", requirements)));
        });
    }

    /**
     * What followed the breach of a notice, oldest first: the appeal against it, fixed penalties, works in default and
     * prosecutions, each with its dates, sums and result.
     */
    private List<Note> enforcement(long caseId) {
        MapSqlParameterSource q = new MapSqlParameterSource("id", caseId);
        List<Note> all = new ArrayList<>();
        all.addAll(jdbc.query("select recorded_at, lodged_on, court, hearing_on, result, decided_on, result_note"
                + " from escalation_appeal where case_id = :id", q, (rs, n) -> new Note(instant(rs, "recorded_at"),
                "APPEAL", "lodged " + day(rs, "lodged_on") + " at " + rs.getString("court")
                + optional("; hearing ", day(rs, "hearing_on")) + optional("; result: ", Names.spelt(rs.getString("result")))
                + optional(" on ", day(rs, "decided_on")) + optional("; ", rs.getString("result_note")))));
        all.addAll(jdbc.query("select issued_at, issued_on, amount_pence, payment_due, status, paid_on"
                + " from escalation_fixed_penalty where case_id = :id", q, (rs, n) -> new Note(instant(rs, "issued_at"),
                "FIXED_PENALTY", pounds(rs.getInt("amount_pence")) + " issued " + day(rs, "issued_on") + ", due by "
                + day(rs, "payment_due") + "; " + Names.spelt(rs.getString("status")).toLowerCase(UkDates.LOCALE)
                + optional(" on ", day(rs, "paid_on")))));
        all.addAll(jdbc.query("select recorded_at, description, done_on, cost_pence, recovered_pence"
                + " from escalation_remedial_work where case_id = :id", q, (rs, n) -> new Note(instant(rs, "recorded_at"),
                "WORKS_IN_DEFAULT", rs.getString("description") + ", done " + day(rs, "done_on") + "; cost "
                + pounds(rs.getInt("cost_pence")) + ", recovered " + pounds(rs.getInt("recovered_pence")))));
        all.addAll(jdbc.query("select recorded_at, court, hearing_on, outcome, outcome_on, remedial_order_made,"
                + " forfeiture_order_made from escalation_prosecution where case_id = :id", q, (rs, n) -> new Note(
                instant(rs, "recorded_at"), "PROSECUTION", "at " + rs.getString("court")
                + optional("; hearing ", day(rs, "hearing_on")) + optional("; outcome: ", Names.spelt(rs.getString("outcome")))
                + optional(" on ", day(rs, "outcome_on"))
                + (rs.getBoolean("remedial_order_made") ? "; remedial order made" : "")
                + (rs.getBoolean("forfeiture_order_made") ? "; forfeiture order made" : ""))));
        all.sort(Comparator.comparing(Note::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return all;
    }

    /** Each injunction, order or closure with its dates, terms, premises and breaches. */
    private List<Note> legalOutcomes(long caseId) {
        MapSqlParameterSource q = new MapSqlParameterSource("id", caseId);
        return jdbc.query("select id, recorded_at, kind, made_on, expires_on, terms, premises, power_of_arrest"
                + " from escalation_legal_outcome where case_id = :id order by made_on, id", q, (rs, n) -> {
            List<String> breaches = jdbc.query("select breach_on, description from escalation_legal_outcome_breach"
                    + " where outcome_id = :o order by position", new MapSqlParameterSource("o", rs.getLong("id")),
                    (b, i) -> UkDates.day(b.getObject("breach_on", LocalDate.class)) + " " + b.getString("description"));
            LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
            return new Note(instant(rs, "recorded_at"), rs.getString("kind"), "from "
                    + UkDates.day(rs.getObject("made_on", LocalDate.class))
                    + (expiresOn == null ? " until further order" : " to " + UkDates.day(expiresOn))
                    + (rs.getString("premises") == null ? "" : "; premises: " + rs.getString("premises"))
                    + (rs.getBoolean("power_of_arrest") ? "; power of arrest" : "")
                    + (rs.getString("terms") == null ? "" : "; terms: " + rs.getString("terms"))
                    + (breaches.isEmpty() ? "" : "; breaches: " + String.join("; ", breaches)));
        });
    }

    private static String day(ResultSet rs, String column) throws SQLException {
        LocalDate value = rs.getObject(column, LocalDate.class);
        return value == null ? null : UkDates.day(value);
    }

    private static String optional(String prefix, String value) {
        return value == null || value.isBlank() ? "" : prefix + value;
    }

    private static String pounds(int pence) {
        return String.format(UkDates.LOCALE, "£%d.%02d", pence / 100, pence % 100);
    }
}
