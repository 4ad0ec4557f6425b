package org.csucasework.escalation.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.csucasework.escalation.Requirement;
import org.csucasework.shared.FieldError;

/**
 * A notice's requirements as two boxes, one line each: what must stop, and what must be done "by dd/mm/yyyy". Read
 * into the service's requirements, and the service's errors about them moved back to the box and line they came from.
 * For a proposed CPN, and for the terms of a notice the court varied.
 */
final class RequirementBoxes {

    final TextArea stop;
    final TextArea doing;
    private int stopCount;

    RequirementBoxes(String stopLabel, String doLabel) {
        this.stop = new TextArea(stopLabel);
        this.doing = new TextArea(doLabel);
    }

    void setVisible(boolean visible) {
        stop.setVisible(visible);
        doing.setVisible(visible);
    }

    void fill(List<Requirement> requirements) {
        stop.setValue(requirements.stream().filter(r -> r.kind() == Requirement.Kind.STOP)
                .map(Requirement::text).collect(Collectors.joining("\n")));
        doing.setValue(requirements.stream().filter(r -> r.kind() == Requirement.Kind.DO)
                .map(r -> r.text() + (r.deadline() == null ? "" : " by " + DAY.format(r.deadline())))
                .collect(Collectors.joining("\n")));
    }

    /** The requirements typed: the "stop" lines first, then the "do" lines. */
    List<Requirement> requirements() {
        List<Requirement> requirements = new ArrayList<>();
        lines(stop.getValue()).forEach(line -> requirements.add(new Requirement(Requirement.Kind.STOP, line, null)));
        stopCount = requirements.size();
        lines(doing.getValue()).forEach(line -> requirements.add(doRequirement(line)));
        return requirements;
    }

    /** The service's errors about requirements, moved to the box (named {@code stopField}, {@code doField}) and line. */
    List<FieldError> onFields(List<FieldError> errors, String stopField, String doField) {
        return errors.stream().map(e -> {
            if (e.field().equals("requirements")) {
                return new FieldError(stopField, e.message());
            }
            Matcher m = INDEX.matcher(e.field());
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                return new FieldError(index < stopCount ? stopField : doField,
                        "Line " + (index < stopCount ? index + 1 : index - stopCount + 1) + ": " + e.message());
            }
            return e;
        }).toList();
    }

    /** A "do" line: the text, then "by" and the day (dd/mm/yyyy); a line without a readable day has no deadline. */
    private static Requirement doRequirement(String line) {
        Matcher m = BY_DAY.matcher(line);
        if (m.matches()) {
            try {
                return new Requirement(Requirement.Kind.DO, m.group(1).trim(), LocalDate.parse(m.group(2), READ_DAY));
            } catch (DateTimeParseException e) {
                // fall through: the service asks for the deadline at the field
            }
        }
        return new Requirement(Requirement.Kind.DO, line, null);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static final Pattern BY_DAY = Pattern.compile("(.*\\S)\\s+by\\s+(\\d{1,2}/\\d{1,2}/\\d{4})\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEX = Pattern.compile("requirements\\[(\\d+)].*");
    private static final DateTimeFormatter READ_DAY = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
}
