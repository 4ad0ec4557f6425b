package org.csucasework.taskgroups.internal;

import java.time.LocalDate;
import java.util.List;
import org.csucasework.taskgroups.SiteVisit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SiteVisitRepository extends JpaRepository<SiteVisit, Long> {

    List<SiteVisit> findByPlaceIdOrderByVisitDateDescIdDesc(Long placeId);

    List<SiteVisit> findByGroupIdOrderByVisitDateDescIdDesc(Long groupId);

    /** Visits in a period (both days included): what the annual figure "Partnership site visits" counts. */
    @Query("select count(v) from SiteVisit v where v.visitDate >= :from and v.visitDate <= :to")
    long countBetween(LocalDate from, LocalDate to);

    @Query("select v from SiteVisit v where v.visitDate >= :from and v.visitDate <= :to order by v.visitDate, v.id")
    List<SiteVisit> findBetween(LocalDate from, LocalDate to);
}
