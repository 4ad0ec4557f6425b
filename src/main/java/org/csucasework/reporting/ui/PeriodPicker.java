package org.csucasework.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.csucasework.reporting.Period;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;

/**
 * Chooses the period figures are shown for: a Strategic Assessment year from the list, or any range of days. Fires
 * the chosen period; a range that is not a period (ends before it starts, too long) is marked at its field.
 */
class PeriodPicker extends HorizontalLayout {

    final Select<Period> year = new Select<>();
    final DatePicker from = UkDates.picker("From");
    final DatePicker to = UkDates.picker("To");
    final Button show = new Button("Show figures");

    PeriodPicker(Period current, Period selected, Consumer<Period> onChoose) {
        List<Period> years = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            years.add(Period.strategicYear(current.from().getYear() - i, current.from().getMonthValue()));
        }
        year.setLabel("Strategic Assessment year");
        year.setItems(years);
        year.setItemLabelGenerator(p -> p == null ? "Another period" : p.from().getYear() + "/" + String.format("%02d", (p.to().getYear()) % 100)
                + " (" + p.label() + ")");
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption("Another period");
        year.setWidth("22em");
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                from.setValue(e.getValue().from());
                to.setValue(e.getValue().to());
            }
        });
        from.setValue(selected.from());
        to.setValue(selected.to());
        year.setValue(years.contains(selected) ? selected : null);
        from.addValueChangeListener(e -> syncYear(years));
        to.addValueChangeListener(e -> syncYear(years));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> {
            from.setInvalid(false);
            to.setInvalid(false);
            try {
                onChoose.accept(new Period(from.getValue(), to.getValue()));
            } catch (ValidationException invalid) {
                for (FieldError error : invalid.errors()) {
                    DatePicker field = "from".equals(error.field()) ? from : to;
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                }
            }
        });
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(year, from, to, show);
    }

    private void syncYear(List<Period> years) {
        if (from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue())) {
            try {
                Period chosen = new Period(from.getValue(), to.getValue());
                year.setValue(years.contains(chosen) ? chosen : null);
            } catch (ValidationException tooLong) {
                year.setValue(null);
            }
        }
    }
}
