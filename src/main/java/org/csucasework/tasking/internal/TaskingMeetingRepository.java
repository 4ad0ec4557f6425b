package org.csucasework.tasking.internal;

import java.util.List;
import java.util.Optional;
import org.csucasework.tasking.TaskingMeeting;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskingMeetingRepository extends JpaRepository<TaskingMeeting, Long> {

    Optional<TaskingMeeting> findFirstByEndedAtIsNullOrderByStartedAtDesc();

    Optional<TaskingMeeting> findFirstByEndedAtIsNotNullOrderByEndedAtDesc();

    List<TaskingMeeting> findTop20ByOrderByStartedAtDesc();
}
