package org.csucasework.escalation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProsecutionRepository extends JpaRepository<Prosecution, Long> {

    List<Prosecution> findByCaseIdOrderByRecordedAtAscIdAsc(Long caseId);
}
