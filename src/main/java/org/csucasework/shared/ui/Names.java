package org.csucasework.shared.ui;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Names for the codes records keep (agency, ward, category, Community MARAC criterion, outcome, escalation stage),
 * so that users never see an internal code. The reference data module provides it; an unknown code comes back as
 * itself (a record may name something since removed), never as an empty cell.
 */
public interface Names {

    String agency(String code);

    String ward(String onsCode);

    String category(String code);

    String maracCriterion(String code);

    String outcome(String code);

    String escalationStage(String code);

    /**
     * A category group (ASB, NOISE, ENVIRONMENTAL_HEALTH): the reference data keeps groups as bare codes with no name
     * of their own, so the name is spelt from the code ("Environmental health"); an initialism such as ASB, which
     * users say as it is, stays in capitals.
     */
    static String categoryGroup(String code) {
        return spelt(code);
    }

    /**
     * A fixed state or kind that has no reference data of its own (a status, a part in a report, a history entry's
     * code), in words: "ALLEGED_PERPETRATOR" reads "Alleged perpetrator". A code of three letters or fewer is an
     * initialism users say as it is (ASB, CPN) and stays in capitals.
     */
    static String spelt(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (code.length() <= 3) {
            return code;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Several agencies, by name, separated by commas. */
    default String agencies(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::agency).collect(Collectors.joining(", "));
    }

    default String maracCriteria(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::maracCriterion).collect(Collectors.joining("; "));
    }
}
