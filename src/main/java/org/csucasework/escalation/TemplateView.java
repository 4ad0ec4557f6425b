package org.csucasework.escalation;

import java.time.Instant;

/** A letter template as the administration screen edits it. */
public record TemplateView(Long id, String stageCode, String stageLabel, String title, String body,
                           Instant updatedAt, String updatedBy, long version) {
}
