package org.csucasework.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A count a partner sent for a period, e.g. Kent Police's burglaries for 1 October 2019 – 30 September 2020. */
@Entity
@Table(name = "partner_figure")
public class PartnerFigure extends IdentifiedEntity {

    @Column(nullable = false, length = 60)
    @Getter private String source;

    @Column(nullable = false, length = 40)
    @Getter private String categoryCode;

    @Column(nullable = false)
    @Getter private LocalDate periodStart;

    @Column(nullable = false)
    @Getter private LocalDate periodEnd;

    @Column(name = "figure_count", nullable = false)
    @Getter private long count;

    @Column(nullable = false)
    @Getter private Instant importedAt;

    @Column(nullable = false, length = 60)
    @Getter private String importedBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected PartnerFigure() {
    }

    public PartnerFigure(String source, String categoryCode, LocalDate periodStart, LocalDate periodEnd, long count,
                         Instant importedAt, String importedBy) {
        this.source = source;
        this.categoryCode = categoryCode;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.count = count;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    /** A corrected count for the same source, category and period replaces the earlier one. */
    public void replaceCount(long count, Instant importedAt, String importedBy) {
        this.count = count;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }
}
