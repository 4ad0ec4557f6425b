package org.csucasework.escalation.internal;

import org.csucasework.escalation.AppealResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppealRepository extends JpaRepository<Appeal, Long> {

    Optional<Appeal> findByStepId(Long stepId);

    boolean existsByStepIdAndResult(Long stepId, AppealResult result);

    List<Appeal> findByCaseIdOrderByLodgedOn(Long caseId);

    /** Appeals lodged in a period (a headline figure). */
    @Query("select count(a) from Appeal a where a.lodgedOn between :from and :to")
    long countLodged(LocalDate from, LocalDate to);

    /** The appeals lodged in a period: case reference and day lodged, oldest first. */
    @Query("select c.reference, a.lodgedOn from Appeal a, EscalationCase c where c.id = a.caseId "
            + "and a.lodgedOn between :from and :to order by a.lodgedOn, a.id")
    List<Object[]> findLodged(LocalDate from, LocalDate to);
}
