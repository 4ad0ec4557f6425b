package org.csucasework.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.reporting.FigureRecord;

/** The records behind a count that is not of reports (groups, site visits, letters): reference, date, what it is. */
class RecordListDialog extends Dialog {


    final Grid<FigureRecord> grid = new Grid<>();

    RecordListDialog(String title, List<FigureRecord> records) {
        setHeaderTitle(title);
        setWidth("min(900px, 95vw)");
        add(new Paragraph(records.size() + (records.size() == 1 ? " record" : " records")));
        grid.setAriaLabel(title);
        grid.addComponentColumn(RecordListDialog::reference).setHeader("Reference").setKey("reference")
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(r -> UkDates.DAY.format(r.date())).setHeader("Date").setKey("date").setAutoWidth(true);
        grid.addColumn(FigureRecord::description).setHeader("What").setKey("description");
        grid.setItems(records);
        grid.setAllRowsVisible(records.size() <= 12);
        add(grid);
        getFooter().add(new Button("Close", e -> close()));
    }

    private static Component reference(FigureRecord record) {
        return record.route() == null ? new Span(record.reference())
                : new Anchor(record.route(), record.reference());
    }
}
