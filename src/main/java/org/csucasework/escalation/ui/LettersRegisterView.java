package org.csucasework.escalation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.csucasework.escalation.DocumentView;
import org.csucasework.escalation.EscalationService;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.UkDates;

/** The letters register: every letter, agreement, warning, notice and referral issued in a period. */
@Route("escalation/letters")
@PageTitle("Letters register | CSU Casework")
@Menu(title = "Letters register", order = 42, icon = "vaadin:envelopes")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PARTNER_NAME})
public class LettersRegisterView extends VerticalLayout {

    private final EscalationService escalation;
    final DatePicker from = UkDates.picker("From");
    final DatePicker to = UkDates.picker("To");
    final Grid<DocumentView> grid = new Grid<>();

    public LettersRegisterView(EscalationService escalation) {
        this.escalation = escalation;
        setSizeFull();
        LocalDate today = LocalDate.now(UkDates.ZONE);
        from.setValue(today.minusYears(1));
        to.setValue(today);
        Button show = new Button("Show", e -> refresh());
        HorizontalLayout period = new HorizontalLayout(from, to, show);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setAriaLabel("Letters register");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Service, not approval, is what the register records: deadlines run from the day of service.
        grid.addColumn(LettersRegisterView::served).setHeader("Served").setKey("issued").setAutoWidth(true);
        grid.addColumn(DocumentView::caseReference).setHeader("Case").setKey("case").setAutoWidth(true);
        grid.addColumn(DocumentView::title).setHeader("What").setKey("what");
        grid.addColumn(d -> d.recipientName() + " (" + d.recipientRole() + ")").setHeader("To whom").setKey("to");
        grid.addColumn(d -> d.issuedBy() + ", approved by " + d.approvedBy()).setHeader("By whom").setKey("by");
        grid.addColumn(d -> d.serviceMethod().label() + (d.served() ? ", by " + d.servedBy() : " (planned)"))
                .setHeader("How served").setKey("served");
        grid.addComponentColumn(d -> CaseGrids.downloadLink(escalation, d)).setHeader("PDF").setKey("pdf");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EscalationCaseView.class,
                e.getItem().caseReference())));
        grid.setSizeFull();
        add(new H1("Letters register"), period, grid);
        refresh();
    }

    static String served(DocumentView d) {
        return d.served() ? UkDates.day(d.servedOn())
                : "Not yet served (generated " + UkDates.moment(d.issuedAt()) + ")";
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("Choose a period whose end is not before its start");
            return;
        }
        to.setInvalid(false);
        grid.setItems(escalation.lettersRegister(from.getValue(), to.getValue()));
    }
}
