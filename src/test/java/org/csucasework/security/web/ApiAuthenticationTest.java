package org.csucasework.security.web;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/** The integration API ({@code /api/**}) answers machines: HTTP Basic, a 401 problem document, never a login page. */
@IntegrationTest
class ApiAuthenticationTest {

    private static final String API_PATH = "/api/tasking/agenda";

    @Autowired
    private MockMvc mvc;

    /** A failed login counts towards the lockout; a good one clears the count, so later tests find the account open. */
    @AfterEach
    void clearFailedLoginCount() throws Exception {
        mvc.perform(get(API_PATH).with(httpBasic(DemoLogin.SUPERVISOR.username(), DemoLogin.PASSWORD)))
                .andExpect(status().is(not(401)));
    }

    @Test
    void anApiCallWithCorrectCredentialsIsAnswered() throws Exception {
        mvc.perform(get(API_PATH).with(httpBasic(DemoLogin.SUPERVISOR.username(), DemoLogin.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void anApiCallWithoutCredentialsIsAnsweredWith401AsAProblemDocument() throws Exception {
        mvc.perform(get(API_PATH))
                .andExpect(unauthorisedProblem());
    }

    @Test
    void anApiCallWithAWrongPasswordIsAnsweredWith401() throws Exception {
        mvc.perform(get(API_PATH).with(httpBasic(DemoLogin.SUPERVISOR.username(), "not-the-password-1")))
                .andExpect(unauthorisedProblem());
    }

    @Test
    void anApiCallFromAnUnknownUserIsAnsweredWith401() throws Exception {
        mvc.perform(get(API_PATH).with(httpBasic("nobody-by-this-name", DemoLogin.PASSWORD)))
                .andExpect(unauthorisedProblem());
    }

    @Test
    void anApiCallWithAFormLoginSessionButNoCredentialsIsStillAnswered401() throws Exception {
        // The API is stateless: a browser session cookie must not stand in for credentials.
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin()
                        .user(DemoLogin.SUPERVISOR.username()).password(DemoLogin.PASSWORD))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession(false);

        mvc.perform(get(API_PATH).session(session))
                .andExpect(unauthorisedProblem());
    }

    private static ResultMatcher unauthorisedProblem() {
        return ResultMatcher.matchAll(
                status().isUnauthorized(),
                header().string("WWW-Authenticate", startsWith("Basic ")),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(401),
                jsonPath("$.title").value("Unauthorized"));
    }
}
