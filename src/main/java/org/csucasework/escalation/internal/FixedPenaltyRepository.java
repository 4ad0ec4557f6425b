package org.csucasework.escalation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FixedPenaltyRepository extends JpaRepository<FixedPenalty, Long> {

    List<FixedPenalty> findByCaseIdOrderByIssuedOn(Long caseId);

    Optional<FixedPenalty> findFirstByCaseIdAndStatus(Long caseId, FixedPenalty.Status status);
}
