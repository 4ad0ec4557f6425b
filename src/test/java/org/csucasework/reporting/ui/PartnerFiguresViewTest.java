package org.csucasework.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.csucasework.reporting.PartnerTable;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.junit.jupiter.api.Test;

/** The partner figures screen: an analyst imports a file and reads the Table 3 shape; a supervisor only reads. */
class PartnerFiguresViewTest extends KaribuUiTest {

    static final String HEADER = "source,category_code,period_start,period_end,count\n";

    @Test
    void anAnalystImportsPartnerFiguresAndSeesThemBesideThePreviousPeriod() {
        login("analyst", Role.ANALYST);
        PartnerFiguresView view = navigate(PartnerFiguresView.class);
        String source = "UI Police " + UUID.randomUUID().toString().substring(0, 8);

        view.importFile((HEADER + source + ",SHOPLIFTING,2018-10-01,2019-09-30,557\n"
                + source + ",SHOPLIFTING,2019-10-01,2020-09-30,586\n").getBytes(StandardCharsets.UTF_8));
        _setValue(view.source, source);
        _setValue(view.periodStart, LocalDate.of(2019, 10, 1));

        PartnerTable.Row row = GridKt._get(view.grid, 0);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, row))
                .containsExactly(source, "Shoplifting", "557", "586", "29", "5.2", "4.85", "1 Oct 2019 – 30 Sept 2020");
    }

    @Test
    void anInvalidFileImportsNothingAndListsItsErrors() {
        login("analyst", Role.ANALYST);
        PartnerFiguresView view = navigate(PartnerFiguresView.class);

        view.importFile((HEADER + "UI Police,SHOPLIFTING,2019-10-01,2020-09-30,lots\n").getBytes(StandardCharsets.UTF_8));

        assertThat(view.errors.isVisible()).isTrue();
        assertThat((FieldError) GridKt._get(view.errors, 0)).isEqualTo(new FieldError(2, "count", "Enter a whole number"));
        // The refused file leaves the upload's list, so that the corrected one is not refused as "Too Many Files".
        assertThat(view.upload.getElement().getPropertyRaw("files")).isNotNull();
    }

    @Test
    void aSupervisorSeesTheFiguresButNoImport() {
        login("supervisor", Role.SUPERVISOR);
        navigate(PartnerFiguresView.class);
        assertThat(_find(Upload.class)).isEmpty();
    }
}
