package org.csucasework.escalation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import org.csucasework.shared.ui.UkDates;

/** The fields and layout the case page's panels build again and again, made once. */
final class CaseFields {

    private CaseFields() {
    }

    /** A labelled choice among values, each shown by its name (never its code). */
    static <T> Select<T> choice(String label, Collection<T> items, ItemLabelGenerator<T> names) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(names);
        return select;
    }

    @SafeVarargs
    static <T> Select<T> choice(String label, ItemLabelGenerator<T> names, T... items) {
        return choice(label, Arrays.asList(items), names);
    }

    /** A UK date picker for a day that has happened: today at the latest. */
    static DatePicker pastDay(String label) {
        DatePicker day = UkDates.picker(label);
        day.setMax(LocalDate.now(UkDates.ZONE));
        return day;
    }

    /** Lines of a panel one under the other, without the layout's own padding. */
    static VerticalLayout column(Component... content) {
        VerticalLayout column = new VerticalLayout(content);
        column.setPadding(false);
        return column;
    }
}
