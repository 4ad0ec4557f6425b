package org.csucasework.tasking.internal;

import java.util.List;
import org.csucasework.tasking.TaskingReview;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskingReviewRepository extends JpaRepository<TaskingReview, Long> {

    boolean existsByMeetingIdAndReportId(Long meetingId, Long reportId);

    List<TaskingReview> findByReportIdOrderByReviewedAt(Long reportId);

    List<TaskingReview> findByMeetingIdOrderByReviewedAt(Long meetingId);

    long countByMeetingId(Long meetingId);
}
