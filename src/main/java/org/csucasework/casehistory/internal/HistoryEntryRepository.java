package org.csucasework.casehistory.internal;

import java.util.List;
import java.util.Optional;
import org.csucasework.casehistory.CaseKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoryEntryRepository extends JpaRepository<HistoryEntry, Long> {

    List<HistoryEntry> findByCaseKindAndCaseIdOrderByOccurredAtDescIdDesc(CaseKind caseKind, long caseId);

    Optional<HistoryEntry> findByIdAndCaseKindAndCaseId(Long id, CaseKind caseKind, long caseId);

    boolean existsByCorrectsId(Long correctsId);
}
