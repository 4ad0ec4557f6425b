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

    Optional<EscalationStep> findFirstByCaseIdAndStageCodeAndStatusOrderByIssuedAtDesc(Long caseId, String stageCode,
                                                                                     StepStatus status);

    /** Documents issued per stage in a period: the steps issued, each counted once whatever its copies. */
    @Query("select s.stageCode, count(s) from EscalationStep s where s.status = :issued "
            + "and s.issuedOn >= :from and s.issuedOn <= :to group by s.stageCode")
    List<Object[]> countIssuedByStage(StepStatus issued, LocalDate from, LocalDate to);

    /** The steps issued in a period: case reference, stage code and day, oldest first. */
    @Query("select c.reference, s.stageCode, s.issuedOn from EscalationStep s, EscalationCase c where c.id = s.caseId "
            + "and s.status = :issued and s.issuedOn >= :from and s.issuedOn <= :to order by s.issuedOn, s.id")
    List<Object[]> findIssued(StepStatus issued, LocalDate from, LocalDate to);
}
