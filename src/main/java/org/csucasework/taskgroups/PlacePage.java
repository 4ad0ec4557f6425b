package org.csucasework.taskgroups;

import java.util.List;
import org.csucasework.intake.ReportSummary;

/**
 * A place's page: the place, the reports about it, the Task and Finish Groups about it and its partnership site
 * visits, each as far as the signed-in user may see them, and the working groups a new visit can be recorded for.
 */
public record PlacePage(Long placeId, String label, String wardCode, String wardName, List<ReportSummary> reports,
                        List<GroupSummary> groups, List<SiteVisitView> visits, List<GroupSummary> workingGroups) {
}
