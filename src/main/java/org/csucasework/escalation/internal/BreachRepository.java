package org.csucasework.escalation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BreachRepository extends JpaRepository<Breach, Long> {

    List<Breach> findByCaseIdOrderByReportedAt(Long caseId);

    Optional<Breach> findFirstByCaseIdAndStatusOrderByReportedAtDesc(Long caseId, Breach.Status status);
}
