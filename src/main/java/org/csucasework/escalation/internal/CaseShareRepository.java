package org.csucasework.escalation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseShareRepository extends JpaRepository<CaseShare, Long> {

    boolean existsByCaseIdAndAgencyCode(Long caseId, String agencyCode);

    List<CaseShare> findByCaseIdOrderBySharedAt(Long caseId);
}
