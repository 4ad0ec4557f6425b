package org.csucasework.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A count a partner sent for a period, e.g. Kent Police's burglaries for 1 October 2019 – 30 September 2020. */
@Entity
@Table(name = "partner_figure")
public class PartnerFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source", nullable = false, length = 60)
    private String source;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "figure_count", nullable = false)
    private long count;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 60)
    private String importedBy;

    @Version
    @Column(name = "version", nullable = false)
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

    public Long getId() { return id; }
    public String getSource() { return source; }
    public String getCategoryCode() { return categoryCode; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public long getCount() { return count; }
    public Instant getImportedAt() { return importedAt; }
    public String getImportedBy() { return importedBy; }
}
