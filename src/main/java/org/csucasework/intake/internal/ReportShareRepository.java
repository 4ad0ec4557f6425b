package org.csucasework.intake.internal;

import java.util.Collection;
import java.util.List;
import org.csucasework.intake.ReportShare;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportShareRepository extends JpaRepository<ReportShare, Long> {
    List<ReportShare> findByReportIdOrderBySharedAt(Long reportId);

    boolean existsByReportIdAndAgencyCode(Long reportId, String agencyCode);

    /** Which of these reports are shared with the agency: one query for a whole list, not one per report. */
    @Query("select distinct s.reportId from ReportShare s where s.agencyCode = :agencyCode and s.reportId in :reportIds")
    List<Long> findReportIdsSharedWith(String agencyCode, Collection<Long> reportIds);
}
