package org.csucasework.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Partner figures in the shape of the seed's Table 3: for each source and category, the count for the period, the
 * previous period's (the one ending the day before), the difference, the percentage change and the rate per 1,000
 * of the district's population.
 *
 * @param periodStart the first day of the periods shown, or null when nothing has been imported
 */
public record PartnerTable(String source, LocalDate periodStart, long population, List<Row> rows) {

    public PartnerTable {
        rows = List.copyOf(rows);
    }

    /** One category of one source; a count the partner did not send is null. */
    public record Row(String source, String code, String name, LocalDate periodStart, LocalDate periodEnd,
                      Long current, LocalDate previousStart, LocalDate previousEnd, Long previous, Long difference,
                      BigDecimal percentageChange, BigDecimal ratePerThousand) {
    }
}
