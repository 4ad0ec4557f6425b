package org.csucasework.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The sign-in page. A wrong username or password gives one message that does not say which was wrong; a user whose
 * session an administrator ended ({@code ?expired}, where Spring Security sends them) is told why they are here.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | CSU Casework")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    public static final String SESSION_ENDED_MESSAGE =
            "You were signed out because an administrator ended your session. Sign in again to continue.";

    private final LoginForm login = new LoginForm();
    private final Paragraph sessionEnded = new Paragraph(SESSION_ENDED_MESSAGE);

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check your username and password and try again.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1("CSU Casework");
        Paragraph strapline = new Paragraph("The case system of the Community Safety Unit and its partners");
        sessionEnded.addClassName("session-ended");
        // Screen readers announce the message as soon as it appears, without moving the focus away from the form.
        sessionEnded.getElement().setAttribute("role", "status");

        add(title, strapline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        if (parameters.containsKey("expired")) {
            addComponentAtIndex(indexOf(login), sessionEnded);
        } else {
            remove(sessionEnded);
        }
    }
}
