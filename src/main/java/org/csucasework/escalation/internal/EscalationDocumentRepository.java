package org.csucasework.escalation.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EscalationDocumentRepository extends JpaRepository<EscalationDocument, Long> {

    List<EscalationDocument> findByCaseIdOrderByIssuedAtAscIdAsc(Long caseId);

    @Query("select d from EscalationDocument d where d.issuedAt >= :from and d.issuedAt < :to "
            + "order by d.issuedAt desc, d.id desc")
    List<EscalationDocument> issuedBetween(Instant from, Instant to, Pageable page);
}
