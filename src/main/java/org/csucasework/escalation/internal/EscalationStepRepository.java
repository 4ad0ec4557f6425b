package org.csucasework.escalation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.csucasework.escalation.StepStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EscalationStepRepository extends JpaRepository<EscalationStep, Long> {

    List<EscalationStep> findByCaseIdOrderByProposedAtAscIdAsc(Long caseId);

    @Query("select s from EscalationStep s where s.caseId = :caseId and s.status in :statuses")
    Optional<EscalationStep> findPending(Long caseId, List<StepStatus> statuses);

    List<EscalationStep> findByStatusOrderBySubmittedAtAscIdAsc(StepStatus status, Pageable page);

    /**
     * The proposals awaiting a decision that a supervisor may take, oldest first: the CSU's (proposed by anyone who is
     * not an authorised partner officer) when {@code csu}, and those proposed by {@code decidedOfficers}. Each
     * collection holds at least one name (an empty IN list is not portable).
     */
    @Query("select s from EscalationStep s where s.status = org.csucasework.escalation.StepStatus.PROPOSED "
            + "and ((:csu = true and s.proposedBy not in :partnerOfficers) or s.proposedBy in :decidedOfficers) "
            + "order by s.submittedAt asc, s.id asc")
    List<EscalationStep> findDecidable(boolean csu, java.util.Collection<String> partnerOfficers,
                                       java.util.Collection<String> decidedOfficers, Pageable page);

    /** The latest step of a stage served on the case. */
    @Query("select s from EscalationStep s where s.caseId = :caseId and s.stageCode = :stageCode "
            + "and s.status = org.csucasework.escalation.StepStatus.SERVED order by s.servedOn desc, s.id desc limit 1")
    Optional<EscalationStep> findLastServed(Long caseId, String stageCode);

    /** Steps served per stage in a period, each counted once whatever its copies. */
    @Query("select s.stageCode, count(s) from EscalationStep s where s.status = org.csucasework.escalation.StepStatus.SERVED "
            + "and s.servedOn >= :from and s.servedOn <= :to group by s.stageCode")
    List<Object[]> countServedByStage(LocalDate from, LocalDate to);

    /** The steps served in a period: case reference, stage code and day of service, oldest first. */
    @Query("select c.reference, s.stageCode, s.servedOn from EscalationStep s, EscalationCase c where c.id = s.caseId "
            + "and s.status = org.csucasework.escalation.StepStatus.SERVED and s.servedOn >= :from and s.servedOn <= :to "
            + "order by s.servedOn, s.id")
    List<Object[]> findServed(LocalDate from, LocalDate to);
}
