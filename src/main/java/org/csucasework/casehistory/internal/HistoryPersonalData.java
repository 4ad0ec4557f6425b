package org.csucasework.casehistory.internal;

import static org.csucasework.shared.personaldata.Overwrite.blank;
import static org.csucasework.shared.personaldata.Overwrite.scrub;

import java.util.Set;
import org.csucasework.casehistory.CaseDocuments;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.RecordType;
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
class HistoryPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseDocuments documents;

    HistoryPersonalData(NamedParameterJdbcTemplate jdbc, CaseDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

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
}
