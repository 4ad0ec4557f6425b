package org.csucasework.escalation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AbaAgreementRepository extends JpaRepository<AbaAgreement, Long> {

    Optional<AbaAgreement> findByStepId(Long stepId);

    List<AbaAgreement> findByCaseIdOrderByDecidedOnAscIdAsc(Long caseId);
}
