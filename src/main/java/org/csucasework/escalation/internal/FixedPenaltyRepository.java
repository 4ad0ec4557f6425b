package org.csucasework.escalation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FixedPenaltyRepository extends JpaRepository<FixedPenalty, Long> {

    List<FixedPenalty> findByCaseIdOrderByIssuedOn(Long caseId);

    Optional<FixedPenalty> findFirstByCaseIdAndStatus(Long caseId, FixedPenalty.Status status);

    /** Fixed penalties issued in a period (a headline figure). */
    @Query("select count(p) from FixedPenalty p where p.issuedOn between :from and :to")
    long countIssued(LocalDate from, LocalDate to);

    /** The fixed penalties issued in a period: case reference and day of issue, oldest first. */
    @Query("select c.reference, p.issuedOn from FixedPenalty p, EscalationCase c where c.id = p.caseId "
            + "and p.issuedOn between :from and :to order by p.issuedOn, p.id")
    List<Object[]> findIssued(LocalDate from, LocalDate to);

    /** Fixed penalties paid in a period, by the day paid (a headline figure). */
    @Query("select count(p) from FixedPenalty p where p.paidOn between :from and :to")
    long countPaid(LocalDate from, LocalDate to);

    /** The fixed penalties paid in a period: case reference and day paid, oldest first. */
    @Query("select c.reference, p.paidOn from FixedPenalty p, EscalationCase c where c.id = p.caseId "
            + "and p.paidOn between :from and :to order by p.paidOn, p.id")
    List<Object[]> findPaid(LocalDate from, LocalDate to);
}
