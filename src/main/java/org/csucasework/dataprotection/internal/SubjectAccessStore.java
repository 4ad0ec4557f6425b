package org.csucasework.dataprotection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.csucasework.dataprotection.PersonMatch;
import org.csucasework.dataprotection.SubjectAccessExport.DocumentRecord;
import org.csucasework.dataprotection.SubjectAccessExport.ActionRecord;
import org.csucasework.dataprotection.SubjectAccessExport.CaseRecord;
import org.csucasework.dataprotection.SubjectAccessExport.CaseReviewRecord;
import org.csucasework.dataprotection.SubjectAccessExport.GroupRecord;
import org.csucasework.dataprotection.SubjectAccessExport.LetterRecord;
import org.csucasework.dataprotection.SubjectAccessExport.MaracDecision;
import org.csucasework.dataprotection.SubjectAccessExport.MaracRecord;
import org.csucasework.dataprotection.SubjectAccessExport.Note;
import org.csucasework.dataprotection.SubjectAccessExport.PersonRecord;
import org.csucasework.dataprotection.SubjectAccessExport.ReportRecord;
import org.csucasework.dataprotection.SubjectAccessExport.StepRecord;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads everything held about one person across the case records, for a subject access export. Only the person's
 * own details are read from the person table: a report's other subjects and reporters are never selected.
 */
@Component
@RequiredArgsConstructor
public class SubjectAccessStore {

    private static final int MATCHES = 25;

    private final NamedParameterJdbcTemplate jdbc;

    /** People whose name starts with the match key typed (see {@code MatchKeys}). */
    public List<PersonMatch> findByNameKey(String key) {
        return jdbc.query("select p.id, p.full_name, p.date_of_birth, p.address, p.anonymised_at, p.version,"
                        + " (select count(*) from report r where r.reporter_person_id = p.id"
                        + "   or r.id in (select s.report_id from report_subject s where s.person_id = p.id)) as reports"
                        + " from person p where p.name_key like :key order by p.name_key, p.id limit :limit",
                new MapSqlParameterSource("key", key + "%").addValue("limit", MATCHES),
                (rs, n) -> new PersonMatch(rs.getLong("id"), rs.getString("full_name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("address"),
                        rs.getLong("reports"), rs.getObject("anonymised_at") != null, rs.getLong("version")));
    }

    public Optional<PersonRecord> person(Long personId) {
        return jdbc.query("select * from person where id = :p", params(personId), (rs, n) -> new PersonRecord(
                rs.getLong("id"), rs.getString("full_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("phone"), rs.getString("email"), rs.getString("address"), instant(rs, "created_at"),
                instant(rs, "anonymised_at"))).stream().findFirst();
    }

    public long version(Long personId) {
        Long version = jdbc.queryForObject("select version from person where id = :p", params(personId), Long.class);
        return version == null ? 0 : version;
    }

    public List<ReportRecord> reports(Long personId) {
        MapSqlParameterSource p = params(personId);
        record Row(long id, ReportRecord partial, boolean reporter) {
        }
        List<Row> rows = jdbc.query("select r.id, r.reference, r.received_at, r.category_code, r.ward_code,"
                + " pl.label as place, r.status, r.description, r.outcome_code, r.outcome_note, r.closed_at,"
                + " r.reporter_person_id from report r left join place pl on pl.id = r.place_id"
                + " where r.reporter_person_id = :p or r.id in (select s.report_id from report_subject s where"
                + " s.person_id = :p) or r.id in (select f.report_id from referral f where f.person_id = :p)"
                + " order by r.received_at, r.id", p, (rs, n) -> new Row(rs.getLong("id"), new ReportRecord(
                rs.getString("reference"), instant(rs, "received_at"), rs.getString("category_code"),
                rs.getString("ward_code"), rs.getString("place"), List.of(), rs.getString("status"),
                rs.getString("description"), rs.getString("outcome_code"), rs.getString("outcome_note"),
                instant(rs, "closed_at"), List.of(), List.of(), List.of()),
                personId.equals(rs.getObject("reporter_person_id", Long.class))));
        List<ReportRecord> reports = new ArrayList<>();
        for (Row row : rows) {
            MapSqlParameterSource q = params(personId).addValue("r", row.id());
            List<String> roles = new ArrayList<>();
            if (row.reporter()) {
                roles.add("REPORTER");
            }
            roles.addAll(jdbc.queryForList("select role from report_subject where report_id = :r and person_id = :p"
                    + " order by id", q, String.class));
            // Referrals about this person, or of the whole report; not those naming someone else.
            List<Note> referrals = jdbc.query("select referred_at, kind, reason from referral where report_id = :r"
                    + " and (person_id = :p or person_id is null) order by referred_at, id", q, (rs, n) -> new Note(
                    instant(rs, "referred_at"), rs.getString("kind"), rs.getString("reason")));
            ReportRecord partial = row.partial();
            reports.add(new ReportRecord(partial.reference(), partial.receivedAt(), partial.category(),
                    partial.ward(), partial.place(), roles, partial.status(), partial.description(), partial.outcome(),
                    partial.outcomeNote(), partial.closedAt(), referrals, actions("REPORT", row.id()),
                    notes(history("REPORT"), row.id())));
        }
        return reports;
    }

    public List<GroupRecord> taskGroups(Long personId) {
        record Row(long id, GroupRecord partial) {
        }
        List<Row> rows = jdbc.query("select id, reference, title, status, proposal_reason, outcome, outcome_reason,"
                + " closed_at from task_group where person_id = :p order by proposed_at, id", params(personId),
                (rs, n) -> new Row(rs.getLong("id"), new GroupRecord(rs.getString("reference"), rs.getString("title"),
                        rs.getString("status"), rs.getString("proposal_reason"), rs.getString("outcome"),
                        rs.getString("outcome_reason"), instant(rs, "closed_at"), List.of(), List.of(), List.of())));
        return rows.stream().map(row -> new GroupRecord(row.partial().reference(), row.partial().title(),
                row.partial().status(), row.partial().proposalReason(), row.partial().outcome(),
                row.partial().outcomeReason(), row.partial().closedAt(),
                notes("select scheduled_at as at, kind, minutes as text from task_group_meeting where group_id = :id"
                        + " order by meeting_date, id", row.id()),
                actions("TASK_AND_FINISH_GROUP", row.id()),
                notes(history("TASK_GROUP"), row.id()))).toList();
    }

    public List<CaseRecord> escalationCases(Long personId) {
        record Row(long id, CaseRecord partial) {
        }
        List<Row> rows = jdbc.query("select id, reference, status, letter_address, young_person, closed_at,"
                + " closure_reason from escalation_case where person_id = :p order by created_at, id",
                params(personId), (rs, n) -> new Row(rs.getLong("id"), new CaseRecord(rs.getString("reference"),
                        rs.getString("status"), rs.getString("letter_address"), rs.getBoolean("young_person"),
                        instant(rs, "closed_at"), rs.getString("closure_reason"), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of())));
        List<CaseRecord> cases = new ArrayList<>();
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
            cases.add(new CaseRecord(partial.reference(), partial.status(), partial.letterAddress(),
                    partial.youngPerson(), partial.closedAt(), partial.closureReason(), steps, letters,
                    notes("select reported_at as at, status as kind, description as text from escalation_breach"
                            + " where case_id = :id order by reported_at, id", row.id()),
                    notes(history("ESCALATION_CASE"), row.id()), agreements(row.id()), enforcement(row.id()),
                    legalOutcomes(row.id())));
        }
        return cases;
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

    /**
     * The Community MARAC referrals naming the person, drafts included (they are held too). Only the referral's own
     * columns and the person's place in it are read: never the other people of a family referral, nor the risk
     * summary and history written about them all.
     */
    public List<MaracRecord> maracReferrals(Long personId) {
        record Row(long id, int position, MaracRecord partial) {
        }
        List<Row> rows = jdbc.query("select r.id, rp.position, r.reference, r.status, r.subject_kind, r.lawful_basis,"
                + " r.referrer_agency_code, r.created_at, r.submitted_at, r.screened_at, r.accepted_at, r.closed_at,"
                + " r.close_reason from marac_referral r join marac_referral_person rp on rp.referral_id = r.id"
                + " where rp.person_id = :p order by r.created_at, r.id", params(personId), (rs, n) -> new Row(
                rs.getLong("id"), rs.getInt("position"), new MaracRecord(rs.getString("reference"),
                rs.getString("status"), rs.getString("subject_kind"), null, List.of(), rs.getString("lawful_basis"),
                rs.getString("referrer_agency_code"), instant(rs, "created_at"), instant(rs, "submitted_at"),
                instant(rs, "screened_at"), instant(rs, "accepted_at"), instant(rs, "closed_at"),
                rs.getString("close_reason"), List.of(), List.of())));
        List<MaracRecord> referrals = new ArrayList<>();
        for (Row row : rows) {
            MapSqlParameterSource q = new MapSqlParameterSource("id", row.id());
            MaracRecord partial = row.partial();
            String role = "FAMILY".equals(partial.subjectKind())
                    ? (row.position() == 0 ? "MAIN_FAMILY_MEMBER" : "FAMILY_MEMBER") : "SUBJECT";
            List<String> criteria = jdbc.query("select c.criterion_code, m.label from marac_referral_criterion c"
                    + " left join marac_criterion m on m.code = c.criterion_code where c.referral_id = :id"
                    + " order by c.criterion_code", q, (rs, n) -> rs.getString("label") == null
                    ? rs.getString("criterion_code") : rs.getString("label"));
            List<MaracDecision> decisions = jdbc.query("select m.meeting_date, a.carried_over, a.decision,"
                    + " a.decision_note, a.decided_at from marac_agenda_item a join marac_meeting m"
                    + " on m.id = a.meeting_id where a.referral_id = :id order by m.meeting_date, a.id", q,
                    (rs, n) -> new MaracDecision(rs.getObject("meeting_date", LocalDate.class),
                            rs.getBoolean("carried_over"), rs.getString("decision"), rs.getString("decision_note"),
                            instant(rs, "decided_at")));
            referrals.add(new MaracRecord(partial.reference(), partial.status(), partial.subjectKind(), role,
                    criteria, partial.lawfulBasis(), partial.referrerAgency(), partial.draftedAt(),
                    partial.submittedAt(), partial.screenedAt(), partial.acceptedAt(), partial.closedAt(),
                    partial.closeReason(), decisions, actions("COMMUNITY_MARAC", row.id())));
        }
        return referrals;
    }

    public List<CaseReviewRecord> caseReviews(Long personId) {
        record Row(long id, CaseReviewRecord partial) {
        }
        List<Row> rows = jdbc.query("select v.id, v.reference, v.applicant_kind, v.applicant_person_id, v.victim_person_id,"
                + " v.applicant_name, v.applicant_phone, v.applicant_email, v.applicant_address, v.applied_on, v.status,"
                + " v.description, v.threshold_met, v.decision_reason, v.outcome, v.escalation_reason,"
                + " v.escalation_result, v.closed_at, exists (select 1 from case_review_complaint c"
                + " where c.case_review_id = v.id and c.complainant_person_id = :p) as complained from case_review v"
                + " where v.applicant_person_id = :p or v.victim_person_id = :p or v.id in (select c.case_review_id"
                + " from case_review_complaint c where c.complainant_person_id = :p) order by v.applied_on, v.id",
                params(personId), (rs, n) -> {
                    boolean applicant = personId.equals(rs.getObject("applicant_person_id", Long.class));
                    List<String> roles = new ArrayList<>();
                    if (applicant) {
                        roles.add("APPLICANT");
                    }
                    if (personId.equals(rs.getObject("victim_person_id", Long.class))) {
                        roles.add("VICTIM");
                    }
                    if (rs.getBoolean("complained")) {
                        roles.add("COMPLAINANT");
                    }
                    Object met = rs.getObject("threshold_met");
                    return new Row(rs.getLong("id"), new CaseReviewRecord(rs.getString("reference"), roles,
                            rs.getString("applicant_kind"), applicant ? rs.getString("applicant_name") : null,
                            applicant ? rs.getString("applicant_phone") : null,
                            applicant ? rs.getString("applicant_email") : null,
                            applicant ? rs.getString("applicant_address") : null,
                            rs.getObject("applied_on", LocalDate.class), rs.getString("status"),
                            rs.getString("description"), met == null ? null : rs.getBoolean("threshold_met"),
                            rs.getString("decision_reason"), rs.getString("outcome"),
                            rs.getString("escalation_reason"), rs.getString("escalation_result"),
                            instant(rs, "closed_at"), List.of(), List.of(), List.of()));
                });
        // A complaint is shown in full only when the person made it; others' complaints by their date alone.
        return rows.stream().map(row -> {
            CaseReviewRecord r = row.partial();
            List<Note> complaints = jdbc.query("select c.complained_on, c.description, c.complainant_person_id,"
                    + " c.report_id from case_review_complaint c where c.case_review_id = :id order by c.complained_on,"
                    + " c.id", new MapSqlParameterSource("id", row.id()), (rs, n) -> new Note(
                    Optional.ofNullable(rs.getObject("complained_on", LocalDate.class))
                            .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(null),
                    rs.getObject("report_id") == null ? "COMPLAINT_NOT_ON_RECORD" : "COMPLAINT",
                    personId.equals(rs.getObject("complainant_person_id", Long.class))
                            ? rs.getString("description") : null));
            return new CaseReviewRecord(r.reference(), r.roles(), r.applicantKind(), r.applicantName(),
                    r.applicantPhone(), r.applicantEmail(), r.applicantAddress(), r.appliedOn(), r.status(),
                    r.description(), r.thresholdMet(), r.decisionReason(), r.outcome(), r.escalationReason(),
                    r.escalationResult(), r.closedAt(), complaints, actions("CASE_REVIEW", row.id()),
                    notes(history("CASE_REVIEW"), row.id()));
        }).toList();
    }

    private List<ActionRecord> actions(String ownerKind, long ownerId) {
        return jdbc.query("select agency_code, description, due_date, status, outcome from action"
                        + " where owner_kind = :kind and owner_id = :id order by due_date, id",
                new MapSqlParameterSource("kind", ownerKind).addValue("id", ownerId),
                (rs, n) -> new ActionRecord(rs.getString("agency_code"), rs.getString("description"),
                        rs.getObject("due_date", LocalDate.class), rs.getString("status"), rs.getString("outcome")));
    }

    /** The documents attached to the person's reports, groups, escalation cases and MARAC referrals, oldest first. */
    public List<DocumentRecord> documents(Long personId) {
        return jdbc.query("select d.case_kind, x.reference, d.file_name, d.content_type, d.size_bytes, d.description,"
                + " d.uploaded_at from case_document d join ("
                + "select 'REPORT' as kind, r.id, r.reference from report r where r.reporter_person_id = :p"
                + " or r.id in (select s.report_id from report_subject s where s.person_id = :p)"
                + " union select 'TASK_GROUP', g.id, g.reference from task_group g where g.person_id = :p"
                + " union select 'ESCALATION_CASE', c.id, c.reference from escalation_case c where c.person_id = :p"
                + " union select 'MARAC_REFERRAL', m.id, m.reference from marac_referral m"
                + " join marac_referral_person mp on mp.referral_id = m.id where mp.person_id = :p"
                + " union select 'CASE_REVIEW', v.id, v.reference from case_review v where v.applicant_person_id = :p"
                + " or v.victim_person_id = :p or v.id in (select c.case_review_id from case_review_complaint c"
                + " where c.complainant_person_id = :p)"
                + ") x on x.kind = d.case_kind and x.id = d.case_id order by d.uploaded_at, d.id", params(personId),
                (rs, n) -> new DocumentRecord(rs.getString("case_kind"), rs.getString("reference"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("description"), instant(rs, "uploaded_at")));
    }

    /**
     * A case's one history, oldest first, as notes: a contact's text carries with whom and its outcome. The kind is
     * the module's code (LOGGED, CLOSED) or NOTE, CORRECTION, CONTACT, DOCUMENT_ATTACHED.
     */
    private static String history(String caseKind) {
        return "select occurred_at as at, code as kind, case when contact_with is null then detail else"
                + " coalesce(detail, '') || ' (contact with ' || contact_with || ': ' || coalesce(contact_outcome, '')"
                + " || ')' end as text from case_history_entry where case_kind = '" + caseKind + "' and case_id = :id"
                + " order by occurred_at, id";
    }

    private List<Note> notes(String sql, long id) {
        return jdbc.query(sql, new MapSqlParameterSource("id", id),
                (rs, n) -> new Note(instant(rs, "at"), rs.getString("kind"), rs.getString("text")));
    }

    private static MapSqlParameterSource params(Long personId) {
        return new MapSqlParameterSource("p", personId);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
