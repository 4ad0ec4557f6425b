package org.csucasework.shared.ui;

import java.util.Collection;
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

    /** Several agencies, by name, separated by commas. */
    default String agencies(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::agency).collect(Collectors.joining(", "));
    }

    default String maracCriteria(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::maracCriterion).collect(Collectors.joining("; "));
    }
}
