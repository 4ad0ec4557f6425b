package org.csucasework.taskgroups.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.csucasework.taskgroups.GroupStatus;
import org.csucasework.taskgroups.TaskGroup;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TaskGroupRepository extends JpaRepository<TaskGroup, Long> {

    Optional<TaskGroup> findByReference(String reference);

    /** Locks the group's row until the transaction ends (see {@code GroupActionLock}). */
    @Query(value = "select id from task_group where reference = :reference for update", nativeQuery = true)
    List<Long> lockByReference(String reference);

    List<TaskGroup> findByPlaceIdAndStatusIn(Long placeId, Collection<GroupStatus> statuses);

    List<TaskGroup> findByPersonIdInAndStatusIn(Collection<Long> personIds, Collection<GroupStatus> statuses);

    List<TaskGroup> findByPlaceIdOrderByProposedAtDesc(Long placeId);

    List<TaskGroup> findByStatusOrderByProposedAt(GroupStatus status);

    @Query("select g from TaskGroup g where g.status in :statuses order by g.proposedAt desc")
    List<TaskGroup> findByStatuses(Collection<GroupStatus> statuses, Pageable page);

    /** Groups set up in a period: what the annual figure "Task and Finish Groups" counts. */
    @Query("select count(g) from TaskGroup g where g.setUpAt >= :from and g.setUpAt < :to")
    long countSetUpBetween(Instant from, Instant to);

    @Query("select g from TaskGroup g where g.setUpAt >= :from and g.setUpAt < :to order by g.setUpAt, g.id")
    List<TaskGroup> findSetUpBetween(Instant from, Instant to);

    @Query(value = "select nextval('task_group_number_seq')", nativeQuery = true)
    long nextGroupNumber();

    /** Groups about these people or places, newest proposal first (for the search). */
    @Query("select g from TaskGroup g where g.personId in :personIds or g.placeId in :placeIds "
            + "order by g.proposedAt desc")
    List<TaskGroup> findAbout(Collection<Long> personIds, Collection<Long> placeIds, Pageable page);
}
