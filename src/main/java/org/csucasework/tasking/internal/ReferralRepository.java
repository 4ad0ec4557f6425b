package org.csucasework.tasking.internal;

import java.util.List;
import org.csucasework.tasking.Referral;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, Long> {
    List<Referral> findByReportIdOrderByReferredAt(Long reportId);
}
