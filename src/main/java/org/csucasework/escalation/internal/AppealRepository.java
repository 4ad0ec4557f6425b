package org.csucasework.escalation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppealRepository extends JpaRepository<Appeal, Long> {

    Optional<Appeal> findByStepId(Long stepId);

    List<Appeal> findByCaseIdOrderByLodgedOn(Long caseId);
}
