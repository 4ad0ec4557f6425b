package org.csucasework.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Set;
import org.csucasework.security.AppUser;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.csucasework.support.RunAs;
import org.csucasework.ui.HomeView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The bell in the app shell: its accessible unread count, its list, marking read, and the e-mail choice. */
class NotificationBellTest extends KaribuUiTest {

    @Autowired ApplicationContext context;
    @Autowired NotificationService notifications;

    AppUser user;

    @BeforeEach
    void aUserWithTwoNotifications() {
        user = new NotificationFixtures(context).user("SDC_DIRECT", Role.PARTNER);
        for (String reference : new String[] {"CSU-BELL-1", "CSU-BELL-2"}) {
            notifications.notify(NotificationRequested.toUsers(Set.of(user.getUsername()),
                    NotificationKinds.ACTION_ASSIGNED, "Action assigned to SDC_DIRECT on " + reference, reference,
                    "my-actions", null));
        }
        login(user.getUsername(), Role.PARTNER);
    }

    @Test
    void theBellSaysHowManyAreUnreadListsThemAndMarksThemRead() {
        navigate(HomeView.class);
        Button bell = _get(Button.class, spec -> spec.withId("notification-bell"));
        assertThat(bell.getAriaLabel()).hasValue("Notifications, 2 unread");

        _click(bell);
        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .contains("Action assigned to SDC_DIRECT on CSU-BELL-2", "Action assigned to SDC_DIRECT on CSU-BELL-1");
        assertThat(_find(Span.class, spec -> spec.withText("New"))).hasSize(2);

        _click(_get(Button.class, spec -> spec.withText("Mark all as read")));
        assertThat(bell.getAriaLabel()).hasValue("Notifications, none unread");
        assertThat(_find(Span.class, spec -> spec.withText("New"))).isEmpty();
    }

    @Test
    void theUserChoosesTheDailyDigestUnderTheBell() {
        navigate(HomeView.class);
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<EmailDelivery> delivery = _get(RadioButtonGroup.class, spec -> spec.withLabel("E-mail me"));

        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(delivery, EmailDelivery.DAILY_DIGEST);

        assertThat(RunAs.user(user.getUsername(), notifications::emailDelivery, Role.PARTNER))
                .isEqualTo(EmailDelivery.DAILY_DIGEST);
    }
}
