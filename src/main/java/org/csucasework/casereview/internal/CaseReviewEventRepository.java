package org.csucasework.casereview.internal;

import java.util.List;
import org.csucasework.casereview.CaseReviewEvent;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseReviewEventRepository extends JpaRepository<CaseReviewEvent, Long> {

    List<CaseReviewEvent> findByCaseReviewIdOrderByOccurredAtDescIdDesc(Long caseReviewId);
}
