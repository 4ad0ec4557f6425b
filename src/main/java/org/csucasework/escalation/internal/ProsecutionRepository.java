package org.csucasework.escalation.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProsecutionRepository extends JpaRepository<Prosecution, Long> {

    List<Prosecution> findByCaseIdOrderByRecordedAtAscIdAsc(Long caseId);

    /**
     * Prosecutions brought from {@code start} (inclusive) to {@code end} (exclusive): the day a prosecution is
     * recorded is the day it is brought; it has no other day until its hearing (a headline figure).
     */
    @Query("select count(p) from Prosecution p where p.recordedAt >= :start and p.recordedAt < :end")
    long countBrought(Instant start, Instant end);

    /** The prosecutions brought in a period: case reference and the moment recorded, oldest first. */
    @Query("select c.reference, p.recordedAt from Prosecution p, EscalationCase c where c.id = p.caseId "
            + "and p.recordedAt >= :start and p.recordedAt < :end order by p.recordedAt, p.id")
    List<Object[]> findBrought(Instant start, Instant end);
}
