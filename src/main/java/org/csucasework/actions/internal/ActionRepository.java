package org.csucasework.actions.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.csucasework.actions.Action;
import org.csucasework.actions.ActionOwnerKind;
import org.csucasework.actions.ActionStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionRepository extends JpaRepository<Action, Long> {

    List<Action> findByReportIdOrderById(Long reportId);

    java.util.Optional<Action> findByCreatedByAndIdempotencyKey(String createdBy, String idempotencyKey);

    long countByReportIdAndStatus(Long reportId, ActionStatus status);

    List<Action> findByOwnerKindAndOwnerIdOrderById(ActionOwnerKind ownerKind, Long ownerId);

    long countByOwnerKindAndOwnerIdAndStatus(ActionOwnerKind ownerKind, Long ownerId, ActionStatus status);

    /** Open actions due on or before a day: the agenda's "due today and overdue". */
    @Query("select a from Action a where a.status = :open and a.dueDate <= :day order by a.agencyCode, a.dueDate, a.id")
    List<Action> findOpenDueBy(LocalDate day, ActionStatus open, Pageable page);

    /** As {@link #findOpenDueBy}, for one agency's actions only. */
    @Query("select a from Action a where a.status = :open and a.dueDate <= :day and a.agencyCode = :agencyCode "
            + "order by a.dueDate, a.id")
    List<Action> findOpenDueByForAgency(LocalDate day, ActionStatus open, String agencyCode, Pageable page);

    @Query("select a from Action a where (a.agencyCode = :agencyCode or a.assignee = :username) "
            + "and a.status in :statuses order by a.dueDate, a.id")
    List<Action> findForUser(String agencyCode, String username, Collection<ActionStatus> statuses, Pageable page);

    @Query("select a from Action a where a.status = :open and a.dueDate < :day order by a.agencyCode, a.dueDate")
    List<Action> findOverdue(LocalDate day, ActionStatus open, Pageable page);

    @Query("select count(a) from Action a where a.status = :open and a.dueDate < :day")
    long countOverdue(LocalDate day, ActionStatus open);

    /** Rows of agency code, assignee (null when none) and count: the supervisor overview's overdue figures. */
    @Query("select a.agencyCode, a.assignee, count(a) from Action a where a.status = :open and a.dueDate < :day "
            + "group by a.agencyCode, a.assignee order by a.agencyCode, a.assignee")
    List<Object[]> countOverdueByAgencyAndAssignee(LocalDate day, ActionStatus open);

    @Query("select count(a) from Action a where (a.agencyCode = :agencyCode or a.assignee = :username) "
            + "and a.status = :status")
    long countForUser(String agencyCode, String username, ActionStatus status);

    @Query("select a from Action a where a.status = :open and a.dueDate between :from and :to order by a.id")
    List<Action> findOpenDueBetween(LocalDate from, LocalDate to, ActionStatus open);
}
