package org.csucasework.escalation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RemedialWorkRepository extends JpaRepository<RemedialWork, Long> {

    List<RemedialWork> findByCaseIdOrderByDoneOnAscIdAsc(Long caseId);
}
