package org.csucasework.shared.personaldata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.csucasework.shared.personaldata.SubjectAccessRecords.ActionRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.CaseRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.CaseReviewRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.DocumentRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.GroupRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.MaracRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.Note;
import org.csucasework.shared.personaldata.SubjectAccessRecords.ReportRecord;

/**
 * One subject access export being gathered. Each module adds the sections of its own records, and the parts it holds
 * of other modules' records (a report's actions are the tasking's, every case's timeline the case history's). A
 * section is added as a supplier, read only when every module has added its parts: which module is called first
 * does not matter.
 */
public final class SubjectAccess {

    /** A part of one record: its actions, timeline, referrals or reference. */
    private record Part(String kind, RecordType type, long id) {
    }

    private final long personId;
    private final Map<RecordType, List<Long>> records;
    private final Map<Part, Object> parts = new HashMap<>();
    private final List<Supplier<ReportRecord>> reports = new ArrayList<>();
    private final List<Supplier<GroupRecord>> groups = new ArrayList<>();
    private final List<Supplier<CaseRecord>> escalationCases = new ArrayList<>();
    private final List<Supplier<MaracRecord>> maracReferrals = new ArrayList<>();
    private final List<Supplier<CaseReviewRecord>> caseReviews = new ArrayList<>();
    private final List<Supplier<List<DocumentRecord>>> documents = new ArrayList<>();

    /** @param records the records naming the person, by type ({@link Naming}) */
    public SubjectAccess(long personId, Map<RecordType, List<Long>> records) {
        this.personId = personId;
        this.records = Map.copyOf(records);
    }

    public long personId() {
        return personId;
    }

    /** The ids of the person's records of one type. */
    public List<Long> records(RecordType type) {
        return records.getOrDefault(type, List.of());
    }

    public void actions(RecordType type, long id, List<ActionRecord> actions) {
        parts.put(new Part("actions", type, id), List.copyOf(actions));
    }

    /** The actions of a record, oldest due first; none when no module added any. */
    public List<ActionRecord> actions(RecordType type, long id) {
        return part("actions", type, id);
    }

    public void timeline(RecordType type, long id, List<Note> timeline) {
        parts.put(new Part("timeline", type, id), List.copyOf(timeline));
    }

    public List<Note> timeline(RecordType type, long id) {
        return part("timeline", type, id);
    }

    /** The referrals of a report about the person (or the whole report). */
    public void referrals(long reportId, List<Note> referrals) {
        parts.put(new Part("referrals", RecordType.REPORT, reportId), List.copyOf(referrals));
    }

    public List<Note> referrals(long reportId) {
        return part("referrals", RecordType.REPORT, reportId);
    }

    /** A record's reference, for the documents attached to it. */
    public void reference(RecordType type, long id, String reference) {
        parts.put(new Part("reference", type, id), reference);
    }

    public String reference(RecordType type, long id) {
        return (String) parts.get(new Part("reference", type, id));
    }

    public void addReport(Supplier<ReportRecord> report) {
        reports.add(report);
    }

    public void addGroup(Supplier<GroupRecord> group) {
        groups.add(group);
    }

    public void addEscalationCase(Supplier<CaseRecord> escalationCase) {
        escalationCases.add(escalationCase);
    }

    public void addMaracReferral(Supplier<MaracRecord> referral) {
        maracReferrals.add(referral);
    }

    public void addCaseReview(Supplier<CaseReviewRecord> review) {
        caseReviews.add(review);
    }

    public void addDocuments(Supplier<List<DocumentRecord>> attached) {
        documents.add(attached);
    }

    public List<ReportRecord> reports() {
        return read(reports);
    }

    public List<GroupRecord> groups() {
        return read(groups);
    }

    public List<CaseRecord> escalationCases() {
        return read(escalationCases);
    }

    public List<MaracRecord> maracReferrals() {
        return read(maracReferrals);
    }

    public List<CaseReviewRecord> caseReviews() {
        return read(caseReviews);
    }

    public List<DocumentRecord> documents() {
        return documents.stream().flatMap(d -> d.get().stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> part(String kind, RecordType type, long id) {
        return (List<T>) parts.getOrDefault(new Part(kind, type, id), List.of());
    }

    private static <T> List<T> read(List<Supplier<T>> section) {
        return section.stream().map(Supplier::get).toList();
    }
}
