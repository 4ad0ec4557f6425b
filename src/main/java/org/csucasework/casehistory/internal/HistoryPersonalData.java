package org.csucasework.casehistory.internal;

import static org.csucasework.shared.personaldata.ExportRows.instant;
import static org.csucasework.shared.personaldata.ExportRows.notes;
import static org.csucasework.shared.personaldata.Overwrite.blank;
import static org.csucasework.shared.personaldata.Overwrite.scrub;

import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.casehistory.CaseDocuments;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.RecordType;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.csucasework.shared.personaldata.SubjectAccessRecords.DocumentRecord;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every case's one history and documents. Events, notes and contacts lose their text, whom a contact was with and its
 * outcome; which entries there were, and when, stays (a case had three contacts). A document cannot have a name taken
 * out of it (a photo, a statement): the documents of the cases are removed, content and all, and the history keeps
 * that one was attached.
 */
@Component
@RequiredArgsConstructor
class HistoryPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseDocuments documents;

    @Override
    public Set<String> columns() {
        return Set.of("case_history_entry.detail", "case_history_entry.contact_with",
                "case_history_entry.contact_outcome", "case_document.file_name", "case_document.description");
    }

    @Override
    public void anonymise(PastRetention records) {
        if (records.type() == RecordType.PERSON || records.ids().isEmpty()) {
            return;
        }
        jdbc.update("update case_history_entry set detail = " + blank("detail") + ", contact_with = "
                + blank("contact_with") + ", contact_outcome = " + blank("contact_outcome")
                + " where case_kind = :kind and case_id in (:ids)", records.params().addValue("kind",
                records.type().name()));
        documents.removeDocumentsOf(CaseKind.valueOf(records.type().name()), records.ids());
    }

    @Override
    public void erase(Erasure erasure) {
        for (CaseKind kind : CaseKind.values()) {
            RecordType type = RecordType.valueOf(kind.name());
            if (erasure.of(type).isEmpty()) {
                continue;
            }
            MapSqlParameterSource p = erasure.params(type).addValue("kind", kind.name());
            jdbc.update("update case_history_entry set detail = " + scrub("detail") + ", contact_with = "
                    + scrub("contact_with") + ", contact_outcome = " + scrub("contact_outcome")
                    + " where case_kind = :kind and case_id in (:ids)", p);
            documents.removeDocumentsOf(kind, erasure.of(type));
        }
    }

    /**
     * Every case's history, oldest first, as notes (a contact's text carries with whom and its outcome), and the
     * documents attached to the person's cases, listed (not included: a copy is given once checked).
     */
    @Override
    public void export(SubjectAccess access) {
        for (CaseKind kind : CaseKind.values()) {
            RecordType type = RecordType.valueOf(kind.name());
            for (long id : access.records(type)) {
                access.timeline(type, id, notes(jdbc, "select occurred_at as at, code as kind, case when contact_with"
                        + " is null then detail else coalesce(detail, '') || ' (contact with ' || contact_with || ': '"
                        + " || coalesce(contact_outcome, '') || ')' end as text from case_history_entry"
                        + " where case_kind = '" + kind.name() + "' and case_id = :id order by occurred_at, id", id));
            }
        }
        record Row(DocumentRecord partial, RecordType type, long caseId) {
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder cases = new StringBuilder("1 = 0");
        for (CaseKind kind : CaseKind.values()) {
            if (!access.records(RecordType.valueOf(kind.name())).isEmpty()) {
                cases.append(" or (d.case_kind = '").append(kind.name()).append("' and d.case_id in (:")
                        .append(kind.name()).append("))");
                p.addValue(kind.name(), access.records(RecordType.valueOf(kind.name())));
            }
        }
        List<Row> rows = jdbc.query("select d.case_kind, d.case_id, d.file_name, d.content_type, d.size_bytes,"
                + " d.description, d.uploaded_at from case_document d where " + cases + " order by d.uploaded_at, d.id",
                p, (rs, n) -> new Row(new DocumentRecord(rs.getString("case_kind"), null, rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("description"),
                        instant(rs, "uploaded_at")), RecordType.valueOf(rs.getString("case_kind")), rs.getLong("case_id")));
        // The case's reference is its owning module's, added by the time the export is read.
        access.addDocuments(() -> rows.stream().map(row -> new DocumentRecord(row.partial().caseKind(),
                access.reference(row.type(), row.caseId()), row.partial().name(), row.partial().type(),
                row.partial().size(), row.partial().description(), row.partial().attachedAt())).toList());
    }
}
