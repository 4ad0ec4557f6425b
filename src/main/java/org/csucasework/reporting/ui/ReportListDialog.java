package org.csucasework.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.csucasework.intake.ReportList;
import org.csucasework.intake.ReportSummary;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;

/** The reports behind a count: reference, date received, category, ward and status; no personal details. */
class ReportListDialog extends Dialog {

    final Grid<ReportSummary> grid = new Grid<>();

    ReportListDialog(String title, ReportList list, Names names) {
        setHeaderTitle(title);
        setWidth("min(900px, 95vw)");
        add(new Paragraph(list.total() == list.reports().size()
                ? list.total() + (list.total() == 1 ? " report" : " reports")
                : list.total() + " reports; the first " + list.reports().size() + " you may see are listed"));
        grid.addColumn(ReportSummary::reference).setHeader("Reference").setAutoWidth(true).setFrozen(true);
        grid.addColumn(s -> UkDates.moment(s.receivedAt())).setHeader("Received").setAutoWidth(true);
        grid.addColumn(ReportSummary::categoryName).setHeader("Category").setAutoWidth(true);
        grid.addColumn(s -> names.ward(s.wardCode())).setHeader("Ward").setAutoWidth(true);
        grid.addColumn(s -> s.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(s -> names.agency(s.owningAgencyCode())).setHeader("Owner").setAutoWidth(true);
        grid.setItems(list.reports());
        grid.setAllRowsVisible(list.reports().size() <= 12);
        add(grid);
        Button close = new Button("Close", e -> close());
        getFooter().add(close);
    }
}
