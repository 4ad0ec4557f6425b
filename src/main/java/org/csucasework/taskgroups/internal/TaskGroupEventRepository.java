package org.csucasework.taskgroups.internal;

import java.util.List;
import org.csucasework.taskgroups.TaskGroupEvent;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskGroupEventRepository extends JpaRepository<TaskGroupEvent, Long> {

    List<TaskGroupEvent> findByGroupIdOrderByOccurredAtAscIdAsc(Long groupId);
}
