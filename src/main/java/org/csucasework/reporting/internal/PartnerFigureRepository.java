package org.csucasework.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerFigureRepository extends JpaRepository<PartnerFigure, Long> {

    Optional<PartnerFigure> findBySourceAndCategoryCodeAndPeriodStartAndPeriodEnd(String source, String categoryCode,
                                                                                  LocalDate periodStart,
                                                                                  LocalDate periodEnd);

    List<PartnerFigure> findByPeriodStart(LocalDate periodStart);

    List<PartnerFigure> findBySourceAndPeriodStart(String source, LocalDate periodStart);

    List<PartnerFigure> findByPeriodEnd(LocalDate periodEnd);

    List<PartnerFigure> findBySourceAndPeriodEnd(String source, LocalDate periodEnd);

    @Query("select distinct f.source from PartnerFigure f order by f.source")
    List<String> sources();

    @Query("select distinct f.periodStart from PartnerFigure f where :source is null or f.source = :source "
            + "order by f.periodStart desc")
    List<LocalDate> periodStarts(String source);
}
