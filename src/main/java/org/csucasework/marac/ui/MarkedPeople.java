package org.csucasework.marac.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.csucasework.intake.ui.PersonMarkerBadges;
import org.csucasework.marac.ReferralPage;

/**
 * "People: " and each name of a referral, followed by what their reports mark them as (repeat victim, possible hate
 * incident: intake's one badge component), wherever a MARAC screen shows the referral.
 */
class MarkedPeople extends Div {

    MarkedPeople(List<ReferralPage.MarkedPerson> people) {
        addClassName("marac-field");
        Paragraph value = new Paragraph("People: ");
        value.getStyle().set("margin", "0.2em 0");
        if (people.isEmpty()) {
            value.add("-");
        }
        for (int i = 0; i < people.size(); i++) {
            value.add((i == 0 ? "" : ", ") + people.get(i).name());
            value.add(new PersonMarkerBadges(people.get(i).markers()));
        }
        add(value);
    }
}
