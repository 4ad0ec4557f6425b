package org.csucasework.taskgroups.internal;

import java.util.List;
import org.csucasework.shared.MeetingStatus;
import org.csucasework.taskgroups.TaskGroupMeeting;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskGroupMeetingRepository extends JpaRepository<TaskGroupMeeting, Long> {

    List<TaskGroupMeeting> findByGroupIdOrderByMeetingDateAscIdAsc(Long groupId);

    long countByGroupIdAndStatus(Long groupId, MeetingStatus status);
}
