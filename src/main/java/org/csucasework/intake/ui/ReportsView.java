package org.csucasework.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.intake.Caseload;
import org.csucasework.intake.ReportFilter;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportListItem;
import org.csucasework.intake.ReportLists;
import org.csucasework.intake.ReportSort;
import org.csucasework.intake.ReportStatus;
import org.csucasework.reference.Category;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.Ward;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.Role;

/**
 * The reports list (caseloads): filter by status, ward, category, case officer, age and flags; sort by a column;
 * page through with the total shown. "My cases" is the signed-in user's caseload; supervisors also see every
 * officer's caseload and open it with a click. The service decides what each user may see.
 */
@Route("reports")
@PageTitle("Reports | CSU Casework")
@Menu(title = "Reports and caseloads", order = 12, icon = "vaadin:records")
@PermitAll
public class ReportsView extends VerticalLayout implements BeforeEnterObserver {

    static final String ANYONE = "Anyone";
    static final String ME = "My cases";
    static final String NOBODY = "No case officer";
    static final Map<String, Integer> AGES = new LinkedHashMap<>();

    static {
        AGES.put("Any age", null);
        AGES.put("Older than a week", 7);
        AGES.put("Older than four weeks", 28);
        AGES.put("Older than three months", 91);
    }

    private final ReportLists reports;

    final CheckboxGroup<ReportStatus> status = new CheckboxGroup<>("Status");
    final ComboBox<Ward> ward = new ComboBox<>("Ward");
    final ComboBox<Category> category = new ComboBox<>("Category");
    final ComboBox<String> owner = new ComboBox<>("Case officer");
    final Select<String> age = new Select<>();
    final CheckboxGroup<ReportFlag> flags = new CheckboxGroup<>("Flags");
    final Grid<ReportListItem> grid = new Grid<>();
    final Paragraph total = new Paragraph();
    final Button previous = new Button("Previous page");
    final Button next = new Button("Next page");
    final Paragraph pageOf = new Paragraph();
    private long count;
    private int page;
    final Grid<Caseload> caseloads = new Grid<>();

    public ReportsView(ReportLists reports, ReferenceDataService referenceData, UserService users) {
        this.reports = reports;
        CurrentUser user = users.requireCurrentUser();
        addClassName("reports-list");
        setSizeFull();
        add(new H1("Reports and caseloads"));

        status.setItems(ReportStatus.values());
        status.setItemLabelGenerator(ReportStatus::label);
        status.setValue(EnumSet.of(ReportStatus.NEW, ReportStatus.IN_PROGRESS));
        ward.setItems(referenceData.activeWards());
        ward.setItemLabelGenerator(Ward::getName);
        ward.setClearButtonVisible(true);
        category.setItems(referenceData.activeCategories());
        category.setItemLabelGenerator(Category::getName);
        category.setClearButtonVisible(true);
        List<String> officers = new java.util.ArrayList<>(List.of(ANYONE, ME, NOBODY));
        users.activeOfficers().stream().map(CurrentUser::username).forEach(officers::add);
        owner.setItems(officers);
        owner.setValue(user.hasAny(Role.CASEWORKER, Role.PARTNER) ? ME : ANYONE);
        age.setLabel("Age");
        age.setItems(List.copyOf(AGES.keySet()));
        age.setValue("Any age");
        flags.setItems(ReportFlag.values());
        flags.setItemLabelGenerator(ReportFlag::label);
        Button clear = new Button("Clear filters", e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout filters = new HorizontalLayout(status, ward, category, owner, age, clear);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters, flags);

        grid.addColumn(LitRenderer.<ReportListItem>of("<a href=\"reports/${item.reference}\">${item.reference}</a>")
                        .withProperty("reference", ReportListItem::reference))
                .setHeader("Reference").setKey("reference").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> UkDates.DAY.format(r.receivedAt().atZone(java.time.ZoneId.of("Europe/London"))))
                .setHeader("Received").setKey("receivedAt").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setKey("status").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(ReportListItem::categoryName).setHeader("Category").setKey("categoryCode").setSortable(true);
        grid.addColumn(r -> r.wardName() == null ? "Unknown ward" : r.wardName()).setHeader("Ward").setKey("wardCode")
                .setSortable(true);
        grid.addColumn(ReportListItem::placeLabel).setHeader("Place");
        grid.addColumn(r -> r.caseOfficer() == null ? "None" : r.caseOfficer()).setHeader("Case officer")
                .setKey("caseOfficer").setSortable(true);
        grid.addColumn(r -> r.flags().stream().map(ReportFlag::label).collect(Collectors.joining("; ")))
                .setHeader("Flags");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Reports");
        // One page of reports at a time, every row of it shown (no scrolling inside the grid, where a row half
        // hidden under the header is a link too small to hit: WCAG 2.2 target size); pages are turned below.
        grid.setAllRowsVisible(true);
        grid.setItems(query -> {
            ReportSort sort = query.getSortOrders().stream().findFirst()
                    .map(o -> ReportSort.of(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                    .orElse(ReportSort.NEWEST);
            return reports.list(filter().withSort(sort).withPage(page, ReportFilter.DEFAULT_SIZE)).items().stream()
                    .skip(query.getOffset()).limit(query.getLimit());
        }, query -> rowsOnPage());
        grid.addSortListener(e -> turnTo(0));
        total.getElement().setAttribute("role", "status");
        previous.addClickListener(e -> turnTo(page - 1));
        next.addClickListener(e -> turnTo(page + 1));
        HorizontalLayout pages = new HorizontalLayout(previous, pageOf, next);
        pages.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(total, grid, pages);

        status.addValueChangeListener(e -> refresh());
        ward.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        age.addValueChangeListener(e -> refresh());
        flags.addValueChangeListener(e -> refresh());

        if (user.has(Role.SUPERVISOR)) {
            add(new H2("Caseloads"));
            add(new Paragraph("Open reports per case officer. Choose an officer to list their cases."));
            caseloads.addColumn(c -> c.officer() == null ? NOBODY : c.officer()).setHeader("Case officer");
            caseloads.addColumn(Caseload::open).setHeader("Open reports");
            caseloads.addColumn(Caseload::olderThanFourWeeks).setHeader("Open more than four weeks");
            caseloads.setAriaLabel("Caseloads");
            caseloads.setAllRowsVisible(true);
            caseloads.setItems(reports.caseloads());
            caseloads.addItemClickListener(e -> owner.setValue(e.getItem().officer() == null ? NOBODY
                    : e.getItem().officer()));
            add(caseloads);
        }
        refresh();
    }

    /** {@code ?status=NEW&owner=me}: the home page's counts open the list filtered like this. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        List<String> statuses = params.getOrDefault("status", List.of());
        if (!statuses.isEmpty()) {
            Set<ReportStatus> wanted = EnumSet.noneOf(ReportStatus.class);
            for (ReportStatus candidate : ReportStatus.values()) {
                if (statuses.contains(candidate.name())) {
                    wanted.add(candidate);
                }
            }
            status.setValue(wanted);
            owner.setValue(ANYONE);
        }
        if (params.getOrDefault("owner", List.of()).contains(ReportFilter.ME)) {
            owner.setValue(ME);
        }
    }

    ReportFilter filter() {
        Set<ReportStatus> statuses = status.getValue();
        String who = owner.getValue() == null || ANYONE.equals(owner.getValue()) ? null
                : ME.equals(owner.getValue()) ? ReportFilter.ME
                : NOBODY.equals(owner.getValue()) ? ReportFilter.NOBODY : owner.getValue();
        return new ReportFilter(statuses, ward.getValue() == null ? null : ward.getValue().getCode(),
                category.getValue() == null ? null : category.getValue().getCode(), who, AGES.get(age.getValue()),
                flags.getValue(), 0, ReportFilter.DEFAULT_SIZE, ReportSort.NEWEST);
    }

    private void refresh() {
        count = reports.list(filter().withPage(0, 1)).total();
        total.setText(count == 1 ? "1 report" : String.format(Locale.UK, "%,d reports", count));
        turnTo(0);
    }

    private int rowsOnPage() {
        return (int) Math.max(0, Math.min(ReportFilter.DEFAULT_SIZE, count - (long) page * ReportFilter.DEFAULT_SIZE));
    }

    private void turnTo(int wanted) {
        int pageCount = (int) Math.max(1, (count + ReportFilter.DEFAULT_SIZE - 1) / ReportFilter.DEFAULT_SIZE);
        page = Math.max(0, Math.min(wanted, pageCount - 1));
        pageOf.setText(String.format(Locale.UK, "Page %,d of %,d", page + 1, pageCount));
        previous.setEnabled(page > 0);
        next.setEnabled(page < pageCount - 1);
        grid.getDataProvider().refreshAll();
    }

    private void clearFilters() {
        status.clear();
        ward.clear();
        category.clear();
        owner.setValue(ANYONE);
        age.setValue("Any age");
        flags.clear();
    }
}
