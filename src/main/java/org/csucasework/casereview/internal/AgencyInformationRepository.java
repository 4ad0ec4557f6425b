package org.csucasework.casereview.internal;

import java.util.List;
import org.csucasework.casereview.AgencyInformation;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyInformationRepository extends JpaRepository<AgencyInformation, Long> {

    List<AgencyInformation> findByCaseReviewIdOrderById(Long caseReviewId);
}
