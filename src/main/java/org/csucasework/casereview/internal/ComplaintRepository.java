package org.csucasework.casereview.internal;

import java.util.List;
import org.csucasework.casereview.Complaint;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    List<Complaint> findByCaseReviewIdOrderById(Long caseReviewId);
}
