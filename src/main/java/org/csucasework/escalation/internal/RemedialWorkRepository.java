package org.csucasework.escalation.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RemedialWorkRepository extends JpaRepository<RemedialWork, Long> {

    List<RemedialWork> findByCaseIdOrderByDoneOnAscIdAsc(Long caseId);

    /** Works in default done in a period (a headline figure). */
    @Query("select count(w) from RemedialWork w where w.doneOn between :from and :to")
    long countDone(LocalDate from, LocalDate to);

    /** The works in default done in a period: case reference and day done, oldest first. */
    @Query("select c.reference, w.doneOn from RemedialWork w, EscalationCase c where c.id = w.caseId "
            + "and w.doneOn between :from and :to order by w.doneOn, w.id")
    List<Object[]> findDone(LocalDate from, LocalDate to);
}
