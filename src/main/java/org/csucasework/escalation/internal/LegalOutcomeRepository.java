package org.csucasework.escalation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.csucasework.escalation.LegalOutcomeKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LegalOutcomeRepository extends JpaRepository<LegalOutcome, Long> {

    List<LegalOutcome> findByCaseIdOrderByMadeOnAscIdAsc(Long caseId);

    Optional<LegalOutcome> findByIdAndCaseId(Long id, Long caseId);

    /** Outcomes of a kind granted or made in a period (a headline figure counts each on its first day). */
    long countByKindAndMadeOnBetween(LegalOutcomeKind kind, LocalDate from, LocalDate to);

    /** The outcomes of a kind made in a period: case reference and day made, oldest first. */
    @Query("select c.reference, o.madeOn from LegalOutcome o, EscalationCase c where c.id = o.caseId "
            + "and o.kind = :kind and o.madeOn >= :from and o.madeOn <= :to order by o.madeOn, o.id")
    List<Object[]> findMade(LegalOutcomeKind kind, LocalDate from, LocalDate to);
}
