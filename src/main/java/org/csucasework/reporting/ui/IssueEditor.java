package org.csucasework.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.csucasework.reporting.PriorityRanking;
import org.csucasework.reporting.PriorityService;
import org.csucasework.reporting.PriorityUpdate;

/**
 * One community safety issue of the priority matrix: its name, the report categories it covers, a score per
 * criterion, its total and priority flag (worked out as the scores change), last year's total, and the trend and
 * volume scores the data suggest, which the analyst may take or leave.
 */
class IssueEditor extends HorizontalLayout {

    final TextField name = new TextField("Community safety issue");
    final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>("Report categories");
    final Map<String, Select<Integer>> scores = new LinkedHashMap<>();
    final Span total = new Span();
    final Span priority = new Span();
    final Span lastYear = new Span();
    final Span suggestion = new Span();
    final Button useSuggestion = new Button("Use suggested trend and volume");
    final Button remove = new Button("Remove");
    private final int threshold;
    private final Function<List<String>, PriorityService.Suggestion> suggest;
    private PriorityService.Suggestion suggested;

    IssueEditor(List<PriorityRanking.Criterion> criteria, Map<String, String> categoryNames, int threshold,
                PriorityRanking.Issue issue, Function<List<String>, PriorityService.Suggestion> suggest,
                boolean editable) {
        this.threshold = threshold;
        this.suggest = suggest;
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getStyle().set("border-bottom", "1px solid var(--lumo-contrast-20pct)").set("padding-bottom", "var(--lumo-space-s)");
        name.setMaxLength(200);
        name.setWidth("18em");
        name.setRequired(true);
        categories.setItems(categoryNames.keySet());
        categories.setItemLabelGenerator(code -> code + " " + categoryNames.getOrDefault(code, ""));
        categories.setWidth("18em");
        add(name, categories);
        for (PriorityRanking.Criterion criterion : criteria) {
            Select<Integer> score = new Select<>();
            score.setLabel(criterion.label());
            score.setItems(criterion.allowedScores());
            score.setValue(criterion.allowedScores().get(0));
            score.setWidth("9em");
            score.addValueChangeListener(e -> recompute());
            scores.put(criterion.code(), score);
            add(score);
        }
        add(total, priority, lastYear, suggestion, useSuggestion, remove);
        useSuggestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        useSuggestion.addClickListener(e -> applySuggestion());
        categories.addValueChangeListener(e -> refreshSuggestion());
        if (issue != null) {
            name.setValue(issue.name());
            categories.setValue(new java.util.LinkedHashSet<>(issue.categoryCodes()));
            issue.scores().forEach((code, value) -> {
                if (scores.containsKey(code)) {
                    scores.get(code).setValue(value);
                }
            });
            lastYear.setText(issue.lastYearTotal() == null ? "Last year: not ranked" : "Last year: " + issue.lastYearTotal());
        } else {
            lastYear.setText("Last year: not ranked");
        }
        name.setReadOnly(!editable);
        categories.setReadOnly(!editable);
        scores.values().forEach(select -> select.setReadOnly(!editable));
        useSuggestion.setVisible(editable);
        remove.setVisible(editable);
        recompute();
        refreshSuggestion();
    }

    private void recompute() {
        int sum = scores.values().stream().mapToInt(s -> s.getValue() == null ? 0 : s.getValue()).sum();
        total.setText("Total: " + sum);
        priority.setText(sum >= threshold ? "Priority" : "Not a priority");
        priority.getElement().getThemeList().clear();
        priority.getElement().getThemeList().add(sum >= threshold ? "badge success" : "badge contrast");
    }

    private void refreshSuggestion() {
        suggested = suggest.apply(List.copyOf(categories.getValue()));
        if (suggested == null || suggested.trend() == null) {
            suggestion.setText("Map the issue to report categories for suggested trend and volume scores");
            useSuggestion.setEnabled(false);
        } else {
            suggestion.setText("Suggested: trend " + suggested.trend() + ", volume " + suggested.volume() + " ("
                    + suggested.basis() + ")");
            useSuggestion.setEnabled(true);
        }
    }

    void applySuggestion() {
        if (suggested != null && suggested.trend() != null) {
            set("TREND", suggested.trend());
            set("VOLUME", suggested.volume());
        }
    }

    private void set(String criterion, Integer value) {
        Select<Integer> select = scores.get(criterion);
        if (select != null && value != null) {
            select.setValue(value);
        }
    }

    PriorityUpdate.Issue toIssue() {
        Map<String, Integer> values = new LinkedHashMap<>();
        scores.forEach((code, select) -> values.put(code, select.getValue()));
        return new PriorityUpdate.Issue(name.getValue(), List.copyOf(categories.getValue()), values);
    }

    void clearErrors() {
        name.setInvalid(false);
        categories.setInvalid(false);
        scores.values().forEach(select -> select.setInvalid(false));
    }

    /** Shows a service error at its field: {@code name}, {@code categoryCodes} or {@code scores.CODE}. */
    void showError(String field, String message) {
        if (field.equals("name")) {
            name.setErrorMessage(message);
            name.setInvalid(true);
        } else if (field.equals("categoryCodes")) {
            categories.setErrorMessage(message);
            categories.setInvalid(true);
        } else if (field.startsWith("scores.") && scores.containsKey(field.substring(7))) {
            Select<Integer> select = scores.get(field.substring(7));
            select.setErrorMessage(message);
            select.setInvalid(true);
        }
    }
}
