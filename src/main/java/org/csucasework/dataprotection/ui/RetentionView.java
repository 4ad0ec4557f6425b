package org.csucasework.dataprotection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Period;
import org.csucasework.dataprotection.DataProtectionEvent;
import org.csucasework.dataprotection.RetentionCandidate;
import org.csucasework.dataprotection.RetentionPlan;
import org.csucasework.dataprotection.RetentionProperties;
import org.csucasework.dataprotection.RetentionResult;
import org.csucasework.dataprotection.RetentionService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;

/**
 * The retention policy for administrators: a dry run lists what would be anonymised now; "Run now" (after a dry run,
 * and a confirmation) anonymises it at once instead of waiting for the nightly job. Below, the last runs, erasures
 * and exports.
 */
@Route("data-protection/retention")
@PageTitle("Retention | CSU Casework")
@Menu(title = "Retention", order = 93, icon = "vaadin:archive")
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionView extends VerticalLayout {

    private final RetentionService retention;
    final Button dryRun = new Button("Dry run");
    final Button runNow = new Button("Run now");
    final Paragraph summary = new Paragraph();
    final Grid<RetentionCandidate> candidates = new Grid<>();
    final Grid<DataProtectionEvent> history = new Grid<>();
    Dialog confirmation;
    private RetentionPlan plan;

    public RetentionView(RetentionService retention) {
        this.retention = retention;
        RetentionProperties policy = retention.policy();
        Paragraph explanation = new Paragraph("Closed reports are anonymised " + age(policy.reports())
                + " after closing, closed or declined Task and Finish Groups " + age(policy.taskGroups())
                + ", closed escalation cases " + age(policy.escalationCases()) + " (their letters are"
                + " deleted). People are anonymised once no kept record names them. The records stay, so the"
                + " annual figures do not change. The policy runs every night; look at a dry run before running it"
                + " now.");

        dryRun.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dryRun.addClickListener(e -> showDryRun());
        runNow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        runNow.setEnabled(false);
        runNow.addClickListener(e -> confirm());
        summary.setId("retention-summary");
        summary.getElement().setAttribute("aria-live", "polite");

        candidates.setId("retention-candidates");
        candidates.setAriaLabel("Records past retention");
        candidates.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        candidates.addColumn(c -> c.kind().label()).setHeader("Record").setKey("kind").setAutoWidth(true);
        candidates.addColumn(RetentionCandidate::reference).setHeader("Reference").setKey("reference")
                .setAutoWidth(true);
        candidates.addColumn(c -> UkDates.moment(c.closedAt())).setHeader("Closed").setKey("closed");
        candidates.setHeight("20rem");

        history.setAriaLabel("Data protection record");
        history.addColumn(e -> UkDates.moment(e.at())).setHeader("When").setKey("when").setAutoWidth(true);
        history.addColumn(e -> e.kind().label()).setHeader("What").setKey("what").setAutoWidth(true);
        history.addColumn(DataProtectionEvent::actor).setHeader("By").setKey("by").setAutoWidth(true);
        history.addColumn(e -> e.personId() == null ? "" : "Person " + e.personId()).setHeader("Person")
                .setKey("person").setAutoWidth(true);
        history.addColumn(e -> e.reason() == null ? e.detail() : e.reason()).setHeader("Detail or reason")
                .setKey("detail");
        history.setHeight("16rem");

        add(new H1("Retention"), explanation, new HorizontalLayout(dryRun, runNow), summary, candidates,
                new H2("Data protection record"), history);
        refreshHistory();
    }

    private void showDryRun() {
        plan = retention.dryRun();
        candidates.setItems(plan.records());
        summary.setText("A run now would anonymise " + plan.reports() + " reports, " + plan.taskGroups()
                + " Task and Finish Groups, " + plan.escalationCases() + " escalation cases and " + plan.people()
                + " people." + (plan.total() > RetentionPlan.SHOWN ? " The oldest are listed." : ""));
        runNow.setEnabled(plan.total() + plan.people() > 0);
    }

    private void confirm() {
        confirmation = new Dialog();
        confirmation.setHeaderTitle("Anonymise now?");
        confirmation.add(new Paragraph("This anonymises " + plan.total() + " records and " + plan.people()
                + " people as listed in the dry run (and any that passed their age since). It cannot be undone."));
        Button anonymise = new Button("Anonymise now", e -> {
            confirmation.close();
            runNow();
        });
        anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> confirmation.close());
        confirmation.getFooter().add(cancel, anonymise);
        confirmation.open();
        cancel.focus();
    }

    private void runNow() {
        try {
            RetentionResult result = retention.runNow();
            Notices.success("Anonymised " + result.summary() + ".");
            summary.setText("Last run: " + result.summary() + " anonymised.");
        } catch (ConflictException e) {
            Notices.error(e.getMessage());
        }
        candidates.setItems();
        runNow.setEnabled(false);
        refreshHistory();
    }

    private void refreshHistory() {
        history.setItems(retention.recentEvents());
    }

    private static String age(Period period) {
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return period.getYears() + (period.getYears() == 1 ? " year" : " years");
        }
        return period.getYears() + " years, " + period.getMonths() + " months and " + period.getDays() + " days";
    }
}
