package org.csucasework.taskgroups.internal;

import java.util.List;
import org.csucasework.taskgroups.TaskGroupReport;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskGroupReportRepository extends JpaRepository<TaskGroupReport, Long> {

    boolean existsByGroupIdAndReportId(Long groupId, Long reportId);

    List<TaskGroupReport> findByGroupIdOrderByLinkedAt(Long groupId);

    List<TaskGroupReport> findByReportId(Long reportId);
}
