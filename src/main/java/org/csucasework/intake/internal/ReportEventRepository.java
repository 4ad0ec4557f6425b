package org.csucasework.intake.internal;

import java.util.List;
import org.csucasework.intake.ReportEvent;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {
    List<ReportEvent> findByReportIdOrderByOccurredAtAscIdAsc(Long reportId);
}
