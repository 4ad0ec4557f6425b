package org.csucasework.escalation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a letter template may use, written {@code {{name}}}, and their filling. A template with any other
 * placeholder is refused when it is saved, so a letter can never go out with a gap nobody noticed.
 */
public final class Placeholders {

    /** Every placeholder with what it stands for, in the order the template screen lists them. */
    public static final Map<String, String> ALL;

    static {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("person.name", "the person's full name");
        all.put("person.address", "the person's address for letters");
        all.put("person.dateOfBirth", "the person's date of birth");
        all.put("recipient.name", "who this copy is addressed to (the person, or the parent or guardian)");
        all.put("recipient.address", "the address of this copy's recipient");
        all.put("guardian.name", "the parent or guardian of a young person");
        all.put("guardian.address", "the parent's or guardian's address");
        all.put("conduct", "the conduct, as approved by the supervisor");
        all.put("date", "the date of issue");
        all.put("officer.name", "the officer who proposed the step");
        all.put("officer.agency", "the officer's agency");
        all.put("case.reference", "the case reference, e.g. ESC-2026-0001");
        all.put("stage.label", "the name of the step, e.g. ASB warning letter");
        // A document is written before it is served, and its deadlines run from service: they read as a period
        // from service ("the day 14 days after the day this is served on you"), except an ABA's term in a breach
        // letter, which is a date.
        all.put("term.end", "the end of an ABA or CPN, counted from the day it is served");
        all.put("term.days", "how many days an ABA or CPN lasts from the day it is served, e.g. 365");
        all.put("review.date", "when an ABA is reviewed by, counted from the day it is served");
        all.put("compliance.date", "the end of a CPW's time to comply, counted from the day it is served");
        all.put("compliance.days", "how many days a CPW allows to comply from the day it is served, e.g. 14");
        all.put("district.name", "the district council's name");
        all.put("requirements", "a CPN's requirements: what must stop, and what must be done by when");
        all.put("appeal.deadline", "the end of the 21 days to appeal against a CPN, counted from the day it is served");
        ALL = java.util.Collections.unmodifiableMap(all);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

    private Placeholders() {
    }

    /** The names used in a text, in order of first use. */
    public static Set<String> usedIn(String text) {
        Set<String> used = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            used.add(matcher.group(1).trim());
        }
        return used;
    }

    /** What is wrong with the placeholders of a text, in words for the administrator; empty when all is well. */
    public static List<String> problemsIn(String text) {
        return problemsIn(text, ALL.keySet());
    }

    /** As {@link #problemsIn(String)} for a letter whose placeholders are {@code allowed} (another module's). */
    public static List<String> problemsIn(String text, Set<String> allowed) {
        List<String> problems = new ArrayList<>();
        if (text == null) {
            return problems;
        }
        List<String> unknown = usedIn(text).stream().filter(name -> !allowed.contains(name)).toList();
        if (!unknown.isEmpty()) {
            problems.add((unknown.size() == 1 ? "Unknown placeholder " : "Unknown placeholders ")
                    + String.join(", ", unknown.stream().map(name -> "{{" + name + "}}").toList())
                    + ". Use only the placeholders listed beside the template.");
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            problems.add("A placeholder is not written correctly: write it as {{name}}, with two braces on each side.");
        }
        return problems;
    }

    /** The text with each placeholder replaced by its value (blank where the value is unknown). */
    public static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1).trim());
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
