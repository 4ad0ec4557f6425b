package org.csucasework.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.http.HttpResponse;
import org.csucasework.security.internal.UserSessions;
import org.csucasework.security.ui.LoginView;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class LoginTest {

    private static final String LOGIN_ERROR_TITLE = "Incorrect username or password";
    /** How the server tells the browser's login form to show its error message. */
    private static final String LOGIN_FORM_IN_ERROR = "\"key\":\"error\",\"feat\":\\d+,\"value\":true";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private UserSessions userSessions;

    @LocalServerPort
    private int port;

    /** Failed logins count towards the lockout; a good one clears the count, so later tests find the account open. */
    @AfterEach
    void clearFailedLoginCount() throws Exception {
        mvc.perform(formLogin().user(DemoLogin.ANALYST.username()).password(DemoLogin.PASSWORD))
                .andExpect(authenticated());
    }

    @ParameterizedTest(name = "{0} signs in and lands on the home page")
    @EnumSource(DemoLogin.class)
    void everyDemoAccountSignsInWithTheLoginFormAndLandsOnTheHomePageWithItsRole(DemoLogin login) throws Exception {
        mvc.perform(formLogin().user(login.username()).password(DemoLogin.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(login.username()).withRoles(login.roleNames()));
    }

    @Test
    void theSignInFormIsRefusedWithoutItsCsrfTokenSoAnotherSiteCannotSignSomeoneIn() throws Exception {
        MvcResult withoutToken = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/login").param("username", DemoLogin.ANALYST.username())
                        .param("password", DemoLogin.PASSWORD))
                .andExpect(unauthenticated())
                .andReturn();
        MvcResult wrongToken = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/login").param("username", DemoLogin.ANALYST.username())
                        .param("password", DemoLogin.PASSWORD)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf().useInvalidToken()))
                .andExpect(unauthenticated())
                .andReturn();

        for (MvcResult refused : java.util.List.of(withoutToken, wrongToken)) {
            assertThat(refused.getResponse().getRedirectedUrl()).as("not sent on as signed in").isNotEqualTo("/");
            assertThat(refused.getRequest().getSession(false) == null ? null : refused.getRequest().getSession(false)
                    .getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
        }
    }

    @Test
    void aWrongPasswordSendsTheUserBackToTheLoginPageWithAnError() throws Exception {
        mvc.perform(formLogin().user(DemoLogin.ANALYST.username()).password("not-the-password-1"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void anUnknownUsernameGetsExactlyTheSameAnswerAsAWrongPassword() throws Exception {
        MvcResult wrongPassword = mvc.perform(formLogin().user(DemoLogin.ANALYST.username())
                .password("not-the-password-1")).andReturn();
        MvcResult unknownUser = mvc.perform(formLogin().user("nobody-by-this-name")
                .password("not-the-password-1")).andReturn();

        assertThat(unknownUser.getResponse().getRedirectedUrl())
                .isEqualTo(wrongPassword.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        Object unknownUserFailure = unknownUser.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        Object wrongPasswordFailure = wrongPassword.getRequest().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(unknownUserFailure).isInstanceOf(BadCredentialsException.class);
        assertThat(wrongPasswordFailure).isInstanceOf(BadCredentialsException.class);
        assertThat(((Exception) unknownUserFailure).getMessage()).isEqualTo(((Exception) wrongPasswordFailure).getMessage());
    }

    @Test
    void theLoginPageAfterAFailedLoginShowsOneMessageThatDoesNotSayWhichFieldWasWrong() {
        String page = WebSession.anonymous(port).navigate("login", "error");

        assertThat(page).containsPattern(LOGIN_FORM_IN_ERROR)
                .contains(LOGIN_ERROR_TITLE, "Check your username and password and try again.");
    }

    @Test
    void theLoginPageShowsNoErrorAndNoSessionMessageBeforeAnyAttempt() {
        String page = WebSession.anonymous(port).navigate("login", "");

        assertThat(page).contains("Sign in").doesNotContainPattern(LOGIN_FORM_IN_ERROR)
                .doesNotContain(LoginView.SESSION_ENDED_MESSAGE);
    }

    @Test
    void aUserWhoseSessionAnAdministratorEndedIsSentToTheLoginPageWhichSaysWhy() {
        WebSession housing = WebSession.signedIn(port, DemoLogin.HOUSING.username(), DemoLogin.PASSWORD);
        assertThat(housing.get("/").statusCode()).isEqualTo(200);

        assertThat(userSessions.endSessionsOf(DemoLogin.HOUSING.username())).isGreaterThanOrEqualTo(1);

        HttpResponse<String> next = housing.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
        assertThat(WebSession.anonymous(port).navigate("login", "expired")).contains(LoginView.SESSION_ENDED_MESSAGE);
    }
}
