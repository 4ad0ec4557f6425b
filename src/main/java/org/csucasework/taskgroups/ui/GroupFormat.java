package org.csucasework.taskgroups.ui;

import com.vaadin.flow.component.html.Anchor;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.SubjectKind;

/** Links and labels shared by the group screens (dates, notices and field errors come from the UI kit). */
final class GroupFormat {

    private GroupFormat() {
    }

    static Anchor groupLink(String reference) {
        Anchor link = new Anchor("task-groups/" + reference, reference);
        link.getElement().setAttribute("aria-label", "Open group " + reference);
        return link;
    }

    static Anchor reportLink(String reference) {
        Anchor link = new Anchor("reports/" + reference, reference);
        link.getElement().setAttribute("aria-label", "Open report " + reference);
        return link;
    }

    static String subject(GroupSummary group) {
        return group.subjectKind().label() + ": " + group.subjectLabel();
    }

    static Anchor subjectLink(GroupSummary group) {
        Anchor link = new Anchor(group.subjectKind() == SubjectKind.PLACE ? "places/" + group.subjectId() : "",
                subject(group));
        if (group.subjectKind() != SubjectKind.PLACE) {
            link.removeHref();
        }
        return link;
    }
}
