package org.csucasework.marac.internal;

import java.util.List;
import org.csucasework.marac.MaracEvent;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MaracEventRepository extends JpaRepository<MaracEvent, Long> {

    List<MaracEvent> findByReferralIdOrderByOccurredAtAscIdAsc(Long referralId);
}
