package org.csucasework.risk.internal;

import java.util.List;
import org.csucasework.risk.RiskAssessment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, Long> {

    List<RiskAssessment> findByReportIdOrderByAssessedAtAscIdAsc(Long reportId);
}
