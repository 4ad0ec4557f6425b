package org.csucasework.casehistory.internal;

import java.util.Collection;
import java.util.List;
import org.csucasework.casehistory.CaseKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    List<CaseDocument> findByCaseKindAndCaseIdOrderByUploadedAtDescIdDesc(CaseKind caseKind, long caseId);

    @Query("select d.id from CaseDocument d where d.caseKind = :kind and d.caseId in :caseIds")
    List<Long> idsOf(CaseKind kind, Collection<Long> caseIds);
}
