package org.csucasework.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.csucasework.audit.AuditAction;
import org.csucasework.audit.AuditEntry;
import org.csucasework.audit.AuditQuery;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditSearch;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;

/**
 * The audit trail for supervisors and administrators: who did what to which record in a period, and a CSV export of
 * the same search. Days are London days; the search covers the whole of the last day.
 */
@Route("audit")
@PageTitle("Audit trail | CSU Casework")
@Menu(title = "Audit trail", order = 92, icon = "vaadin:clipboard-text")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class AuditView extends VerticalLayout {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(ZONE);

    private final AuditSearch audit;
    final TextField who = new TextField("User");
    final ComboBox<AuditAction> what = new ComboBox<>("What");
    final ComboBox<AuditRecordType> recordType = new ComboBox<>("Record type");
    final TextField record = new TextField("Record (reference or id)");
    final DatePicker from = UkDates.picker("From");
    final DatePicker to = UkDates.picker("To");
    final Grid<AuditEntry> grid = new Grid<>();
    final Paragraph status = new Paragraph();
    final Anchor export;

    public AuditView(AuditSearch audit) {
        this.audit = audit;
        setSizeFull();
        LocalDate today = LocalDate.now(ZONE);
        from.setValue(today.minusDays(7));
        to.setValue(today);
        what.setItems(AuditAction.values());
        what.setClearButtonVisible(true);
        recordType.setItems(AuditRecordType.values());
        recordType.setClearButtonVisible(true);
        who.setHelperText("Username, exactly");
        who.setClearButtonVisible(true);
        record.setClearButtonVisible(true);

        Button search = new Button("Search", e -> refresh());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = audit.exportCsv(query().orElseThrow());
            return new DownloadResponse(new ByteArrayInputStream(csv), "audit-trail.csv", "text/csv", csv.length);
        }), "Export CSV");
        export.getElement().setAttribute("download", "audit-trail.csv");

        FlexLayout filters = new FlexLayout(who, what, recordType, record, from, to, search, export);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setAriaLabel("Audit trail");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> MOMENT.format(e.occurredAt())).setHeader("When").setKey("when").setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader("Who").setKey("who").setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("What").setKey("what").setAutoWidth(true);
        grid.addColumn(AuditEntry::recordType).setHeader("Record type").setKey("type").setAutoWidth(true);
        grid.addColumn(AuditEntry::recordRef).setHeader("Record").setKey("record").setAutoWidth(true);
        grid.addColumn(AuditEntry::reason).setHeader("Reason or detail").setKey("reason");
        grid.setSizeFull();
        status.getElement().setAttribute("role", "status");
        add(new H1("Audit trail"), filters, status, grid);
        refresh();
    }

    void refresh() {
        Optional<AuditQuery> query = query();
        if (query.isEmpty()) {
            return;
        }
        try {
            List<AuditEntry> found = audit.search(query.get());
            grid.setItems(found);
            status.setText(found.size() >= AuditSearch.SCREEN_LIMIT
                    ? "The newest " + AuditSearch.SCREEN_LIMIT + " events are shown; narrow the search or export it."
                    : found.size() + (found.size() == 1 ? " event" : " events"));
        } catch (ValidationException e) {
            show(e.errors());
        }
    }

    /** The search as typed, or empty (with the dates marked) when the period is not usable. */
    private Optional<AuditQuery> query() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            show(List.of(new FieldError(from.getValue() == null ? "from" : "to", "Choose a day")));
            return Optional.empty();
        }
        return Optional.of(new AuditQuery(who.getValue(), what.getValue(), recordType.getValue(), record.getValue(),
                from.getValue().atStartOfDay(ZONE).toInstant(), to.getValue().plusDays(1).atStartOfDay(ZONE).toInstant()));
    }

    private void show(List<FieldError> errors) {
        for (FieldError error : errors) {
            DatePicker field = "from".equals(error.field()) ? from : to;
            field.setInvalid(true);
            field.setErrorMessage(error.message());
        }
    }
}
