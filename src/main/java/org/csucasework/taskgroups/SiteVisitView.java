package org.csucasework.taskgroups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.csucasework.actions.ActionView;

/** A site visit as pages show it, with its follow-up actions (for a group) or follow-up note. */
public record SiteVisitView(Long id, Long placeId, String placeLabel, String groupReference, String groupTitle,
                            LocalDate visitDate, List<String> agencies, String findings, String followUp,
                            List<ActionView> actions, Instant createdAt, String createdBy) {
}
