package org.csucasework.escalation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.csucasework.escalation.CaseSummary;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationService;
import org.csucasework.shared.Role;

/** The open escalation cases with what each waits for next and when; a caseworker's own cases first. */
@Route("escalation/cases")
@PageTitle("Escalation cases | CSU Casework")
@Menu(title = "Escalation cases", order = 41, icon = "vaadin:stairs")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PARTNER_NAME})
public class EscalationCasesView extends VerticalLayout {

    private final EscalationService escalation;
    final Grid<CaseSummary> grid = new Grid<>();
    final Checkbox onlyMine = new Checkbox("Only my cases");
    final Button openCase = new Button("Open a case", VaadinIcon.PLUS.create());

    public EscalationCasesView(EscalationService escalation, EscalationCases cases,
                               AuthenticationContext authentication) {
        this.escalation = escalation;
        setSizeFull();
        grid.setAriaLabel("Open escalation cases");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CaseSummary::reference).setHeader("Case").setKey("case").setAutoWidth(true);
        grid.addColumn(CaseSummary::personName).setHeader("Subject").setKey("person");
        grid.addColumn(CaseSummary::ladderStageLabel).setHeader("Stage").setKey("stage");
        grid.addColumn(CaseSummary::next).setHeader("Next").setKey("next");
        grid.addColumn(s -> Messages.day(s.nextDate())).setHeader("Next date").setKey("nextDate").setAutoWidth(true);
        grid.addColumn(s -> s.caseworker() == null ? "" : s.caseworker()).setHeader("Caseworker").setKey("caseworker");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EscalationCaseView.class,
                e.getItem().reference())));
        grid.setSizeFull();

        boolean caseworker = authentication.hasRole(Role.CASEWORKER_NAME);
        onlyMine.setValue(caseworker);
        onlyMine.setVisible(caseworker || authentication.hasRole(Role.SUPERVISOR_NAME));
        onlyMine.addValueChangeListener(e -> refresh());
        openCase.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openCase.setVisible(caseworker || authentication.hasRole(Role.SUPERVISOR_NAME));
        openCase.addClickListener(e -> new NewCaseDialog(escalation, cases, reference -> getUI()
                .ifPresent(ui -> ui.navigate(EscalationCaseView.class, reference))).open());

        HorizontalLayout toolbar = new HorizontalLayout(onlyMine, openCase);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1("Escalation cases"), toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(escalation.openCases(onlyMine.getValue()));
    }
}
