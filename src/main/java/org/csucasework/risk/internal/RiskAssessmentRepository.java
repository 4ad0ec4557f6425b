package org.csucasework.risk.internal;

import java.util.Collection;
import java.util.List;
import org.csucasework.risk.RiskAssessment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, Long> {

    List<RiskAssessment> findByReportIdOrderByAssessedAtAscIdAsc(Long reportId);

    /** Which of these reports had the question answered yes in any of their assessments. */
    @Query("select distinct a.reportId from RiskAssessment a join a.answers answer "
            + "where a.reportId in :reportIds and answer.code = :code and answer.answer = true")
    List<Long> reportsAnsweredYes(String code, Collection<Long> reportIds);
}
