package org.csucasework.escalation.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EscalationDocumentRepository extends JpaRepository<EscalationDocument, Long> {

    List<EscalationDocument> findByCaseIdOrderByIssuedAtAscIdAsc(Long caseId);

    List<EscalationDocument> findByStepId(Long stepId);

    /**
     * The letters register for a period: documents served in it (by the day of service), and documents generated in
     * it that still wait to be served; newest first.
     */
    @Query("select d from EscalationDocument d where (d.servedOn >= :fromDay and d.servedOn <= :toDay) "
            + "or (d.servedOn is null and d.issuedAt >= :from and d.issuedAt < :to) "
            + "order by d.issuedAt desc, d.id desc")
    List<EscalationDocument> register(java.time.LocalDate fromDay, java.time.LocalDate toDay, Instant from, Instant to,
                                      Pageable page);
}
