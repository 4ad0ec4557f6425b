package org.csucasework.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;


import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csucasework.shared.ui.Notices;
import org.csucasework.reference.Category;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reporting.FiguresExports;
import org.csucasework.reporting.FiguresService;
import org.csucasework.reporting.FiguresTable;
import org.csucasework.reporting.Period;
import org.csucasework.reporting.PriorityRanking;
import org.csucasework.reporting.PriorityService;
import org.csucasework.reporting.PriorityUpdate;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;

/**
 * The priority ranking matrix (the seed's Table 6) of a Strategic Assessment year: analysts enter the issues and
 * their scores; supervisors and administrators read it. A save based on an older version is refused with a clear
 * message and the analyst's entries stay on the screen.
 */
@Route("reporting/priorities")
@PageTitle("Priority ranking | CSU Casework")
@Menu(title = "Priority ranking", order = 62, icon = "vaadin:list-ol")
@RolesAllowed({Role.ANALYST_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class PriorityMatrixView extends VerticalLayout {

    private static final Pattern ISSUE_FIELD = Pattern.compile("issues\\[(\\d+)]\\.(.+)");

    private final PriorityService priorities;
    private final FiguresExports exports;
    private final boolean editable;
    private final Map<String, String> categoryNames = new LinkedHashMap<>();
    final Select<Integer> year = new Select<>();
    final VerticalLayout issues = new VerticalLayout();
    final Button addIssue = new Button("Add an issue");
    final Button save = new Button("Save");
    final Button reload = new Button("Reload");
    private final HorizontalLayout downloads = new HorizontalLayout();
    final List<IssueEditor> editors = new ArrayList<>();
    PriorityRanking ranking;

    public PriorityMatrixView(PriorityService priorities, FiguresService figures, FiguresExports exports,
                              ReferenceDataService referenceData, UserService users) {
        this.priorities = priorities;
        this.exports = exports;
        this.editable = users.currentUser().map(user -> user.has(Role.ANALYST)).orElse(false);
        referenceData.list(ReferenceType.CATEGORIES).stream().filter(Category::isActive)
                .sorted(Comparator.comparing(Category::getId))
                .forEach(c -> categoryNames.put(c.getCode(), c.getName()));
        add(new H1("Priority ranking"));
        add(new Paragraph("Each community safety issue is scored on each criterion: 0 no evidence or impact, 1 low, "
                + "3 slight, 5 serious. An issue whose total reaches the threshold is a priority. Trend and volume "
                + "suggestions come from the year's reports in the categories an issue covers; the scores are yours."));

        Period current = figures.currentStrategicYear();
        List<Integer> years = new ArrayList<>();
        for (int y = current.from().getYear() + 1; y >= current.from().getYear() - 10; y--) {
            years.add(y);
        }
        year.setLabel("Strategic Assessment year");
        year.setItems(years);
        year.setItemLabelGenerator(y -> y + "/" + String.format("%02d", (y + 1) % 100));
        year.setValue(current.from().getYear());
        year.addValueChangeListener(e -> load());
        HorizontalLayout top = new HorizontalLayout(year, reload, downloads);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(top);
        issues.setPadding(false);
        add(issues);
        addIssue.addClickListener(e -> addEditor(null));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        reload.addClickListener(e -> load());
        HorizontalLayout actions = new HorizontalLayout(addIssue, save);
        actions.setVisible(editable);
        add(actions);
        load();
    }

    void load() {
        ranking = priorities.ranking(year.getValue());
        issues.removeAll();
        editors.clear();
        ranking.issues().forEach(this::addEditor);
        downloads.removeAll();
        FiguresTable export = FiguresTable.of(ranking);
        downloads.add(Downloads.link("Download CSV", "priorities-" + ranking.year() + ".csv", FiguresExports.CSV,
                        () -> exports.csv(export)),
                Downloads.link("Download XLSX", "priorities-" + ranking.year() + ".xlsx", FiguresExports.XLSX,
                        () -> exports.xlsx(List.of(export))));
    }

    private void addEditor(PriorityRanking.Issue issue) {
        int shownYear = ranking.year();
        IssueEditor editor = new IssueEditor(ranking.criteria(), categoryNames, ranking.threshold(), issue,
                codes -> priorities.suggestion(shownYear, codes), editable);
        editor.remove.addClickListener(e -> {
            editors.remove(editor);
            issues.remove(editor);
        });
        editors.add(editor);
        issues.add(editor);
    }

    void save() {
        editors.forEach(IssueEditor::clearErrors);
        try {
            priorities.save(ranking.year(), new PriorityUpdate(ranking.version(),
                    editors.stream().map(IssueEditor::toIssue).toList()));
            Notices.success("Priority ranking " + ranking.year() + " saved");
            load();
        } catch (ValidationException invalid) {
            for (FieldError error : invalid.errors()) {
                Matcher matcher = ISSUE_FIELD.matcher(error.field());
                if (matcher.matches() && Integer.parseInt(matcher.group(1)) < editors.size()) {
                    editors.get(Integer.parseInt(matcher.group(1))).showError(matcher.group(2), error.message());
                }
            }
            Notices.error("Not saved: correct the marked fields");
        } catch (ConflictException conflict) {
            Notices.error(conflict.getMessage());
        }
    }
}
