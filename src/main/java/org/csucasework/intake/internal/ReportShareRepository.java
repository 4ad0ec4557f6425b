package org.csucasework.intake.internal;

import java.util.List;
import org.csucasework.intake.ReportShare;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportShareRepository extends JpaRepository<ReportShare, Long> {
    List<ReportShare> findByReportIdOrderBySharedAt(Long reportId);

    boolean existsByReportIdAndAgencyCode(Long reportId, String agencyCode);
}
