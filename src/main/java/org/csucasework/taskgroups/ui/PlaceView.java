package org.csucasework.taskgroups.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.csucasework.intake.ReportSummary;
import org.csucasework.reference.Agency;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.PlacePage;
import org.csucasework.taskgroups.SiteVisitService;
import org.csucasework.taskgroups.SiteVisitView;
import org.csucasework.taskgroups.SubjectKind;
import org.csucasework.taskgroups.SubjectOption;
import org.csucasework.taskgroups.TaskGroupService;
import org.springframework.security.access.AccessDeniedException;

/**
 * A place's page: its reports, its Task and Finish Groups and its partnership site visits, with the form to record a
 * visit (for one of its working groups, or none).
 */
@Route("places/:id")
@PageTitle("Place | CSU Casework")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.PARTNER_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
public class PlaceView extends VerticalLayout implements BeforeEnterObserver {

    private final Names names;

    private final SiteVisitService siteVisits;
    private final TaskGroupService groups;
    private final List<Agency> agencies;
    private Long placeId;
    SiteVisitForm form;

    public PlaceView(SiteVisitService siteVisits, TaskGroupService groups, Names names) {
        this.siteVisits = siteVisits;
        this.groups = groups;
        this.names = names;
        this.agencies = groups.agencies();
        addClassName("place");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            placeId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            placeId = null;
        }
        render();
    }

    void render() {
        removeAll();
        PlacePage page;
        try {
            if (placeId == null) {
                throw new NotFoundException("No place");
            }
            page = siteVisits.placePage(placeId);
        } catch (NotFoundException e) {
            add(new H1("Place not found"));
            return;
        }
        add(new H1(page.label()));
        add(new Paragraph(page.wardName() == null ? "Ward not known" : "Ward: " + page.wardName()));

        add(new H2("Reports"));
        Grid<ReportSummary> reports = new Grid<>();
        reports.setId("place-reports");
        reports.setAriaLabel("Reports about this place");
        reports.setAllRowsVisible(true);
        reports.addComponentColumn(r -> GroupFormat.reportLink(r.reference())).setHeader("Report").setAutoWidth(true);
        reports.addColumn(r -> UkDates.moment(r.receivedAt())).setHeader("Received").setAutoWidth(true);
        reports.addColumn(ReportSummary::categoryName).setHeader("Category");
        reports.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
        reports.setItems(page.reports());
        add(reports);

        add(new H2("Task and Finish Groups"));
        UnorderedList groupList = new UnorderedList();
        groupList.setId("place-groups");
        for (GroupSummary g : page.groups()) {
            ListItem item = new ListItem(GroupFormat.groupLink(g.reference()));
            item.add(" " + g.title() + " (" + g.status().label().toLowerCase() + ")");
            groupList.add(item);
        }
        add(page.groups().isEmpty() ? new Paragraph("No groups about this place.") : groupList);
        add(new Anchor("task-groups/new?place=" + page.placeId(), "Propose a group about this place"));

        add(new H2("Partnership site visits"));
        UnorderedList visits = new UnorderedList();
        visits.setId("place-visits");
        for (SiteVisitView v : page.visits()) {
            visits.add(new ListItem(UkDates.weekday(v.visitDate()) + (v.groupReference() == null ? ""
                    : " for " + v.groupReference()) + ", with " + names.agencies(v.agencies())
                    + ": " + v.findings() + (v.followUp() == null ? "" : " Follow-up: " + v.followUp())
                    + (v.actions().isEmpty() ? "" : " (" + v.actions().size() + " follow-up actions)")));
        }
        add(page.visits().isEmpty() ? new Paragraph("No site visits recorded.") : visits);

        form = new SiteVisitForm(agencies, page.workingGroups(),
                new SubjectOption(SubjectKind.PLACE, page.placeId(), page.label()), text -> List.of(), null);
        form.addSaveListener(e -> {
            try {
                siteVisits.record(e.visit());
                Notices.success("Site visit recorded.");
                render();
            } catch (ValidationException ex) {
                form.showErrors(ex.errors());
            } catch (ConflictException | AccessDeniedException ex) {
                Notices.error(ex.getMessage());
            }
        });
        add(form);
    }
}
