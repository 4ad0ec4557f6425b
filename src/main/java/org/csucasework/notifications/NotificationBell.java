package org.csucasework.notifications;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The bell in the app shell: a button that says how many notifications are unread, opening a list of the latest
 * ones, a "mark all as read" button and the user's choice of e-mail delivery. It holds no list in memory between
 * openings (the list is read when the bell is opened), so each session pays only for the button and its count.
 */
public class NotificationBell extends Composite<Div> {

    static final int SHOWN = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    private final NotificationService notifications;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Popover popover = new Popover();
    private final UnorderedList list = new UnorderedList();
    private Registration navigationListener;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setId("notification-bell");
        button.addClickListener(e -> refreshList());
        badge.getElement().getThemeList().addAll(List.of("badge", "error", "primary", "small", "pill"));
        badge.getElement().setAttribute("aria-hidden", "true");
        badge.getStyle().set("margin-inline-start", "-0.75em");

        H2 heading = new H2("Notifications");
        heading.setId("notification-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        list.addClassName("notification-list");
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "var(--lumo-space-s) 0")
                .set("max-height", "50vh").set("overflow", "auto");
        Button markAllRead = new Button("Mark all as read", e -> {
            notifications.markAllRead();
            refreshList();
        });
        markAllRead.addThemeVariants(ButtonVariant.LUMO_SMALL);
        RadioButtonGroup<EmailDelivery> delivery = new RadioButtonGroup<>("E-mail me");
        delivery.setItems(EmailDelivery.values());
        delivery.setItemLabelGenerator(EmailDelivery::label);
        delivery.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                notifications.chooseEmailDelivery(e.getValue());
            }
        });
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                delivery.setValue(notifications.emailDelivery());
            }
        });
        popover.add(heading, list, markAllRead, delivery);
        popover.setTarget(button);
        popover.setAriaLabelledBy("notification-heading");
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        getContent().add(button, badge, popover);
        getContent().getStyle().set("display", "inline-flex").set("align-items", "center");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refreshCount();
        navigationListener = attachEvent.getUI().addAfterNavigationListener(e -> refreshCount());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (navigationListener != null) {
            navigationListener.remove();
            navigationListener = null;
        }
    }

    void refreshCount() {
        long unread = notifications.unreadCount();
        button.setAriaLabel(unread == 0 ? "Notifications, none unread"
                : "Notifications, " + unread + " unread");
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
    }

    void refreshList() {
        list.removeAll();
        List<NotificationView> latest = notifications.recent(SHOWN);
        if (latest.isEmpty()) {
            list.add(new ListItem(new Paragraph("No notifications yet.")));
        }
        for (NotificationView notification : latest) {
            Anchor link = new Anchor(notification.link(), notification.title());
            link.getElement().addEventListener("click", e -> {
                notifications.markRead(notification.id());
                refreshCount();
            });
            Span when = new Span(WHEN.format(notification.createdAt()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            ListItem item = new ListItem();
            item.getStyle().set("padding", "var(--lumo-space-xs) 0");
            if (!notification.read()) {
                Span unread = new Span("New");
                unread.getElement().getThemeList().addAll(List.of("badge", "small"));
                unread.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
                item.add(unread);
                link.getStyle().set("font-weight", "600");
            }
            item.add(link, new Div(when));
            list.add(item);
        }
        refreshCount();
    }
}
