package org.csucasework.escalation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseReportRepository extends JpaRepository<CaseReport, CaseReport.Key> {

    List<CaseReport> findByCaseIdOrderByAddedAt(Long caseId);

    boolean existsByCaseIdAndReportId(Long caseId, Long reportId);
}
