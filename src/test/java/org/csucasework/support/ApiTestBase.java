package org.csucasework.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.csucasework.actions.ActionService;
import org.csucasework.tasking.ReportActions;
import org.csucasework.tasking.ReportClosingService;
import org.csucasework.tasking.process.ReportProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * For tests (annotated {@link IntegrationTest}) that drive the integration API: a client per test, service calls
 * as a signed-in user, and the test's reports closed afterwards.
 */
public abstract class ApiTestBase {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    private UserDetailsService accounts;
    @Autowired
    private ActionService actionService;
    @Autowired
    private ReportActions reportActions;
    @Autowired
    private ReportClosingService closingService;
    @Autowired
    private ReportProcess reportProcess;

    protected ApiTestClient api;
    protected SignedIn signedIn;
    private final java.util.List<String> loggedOtherwise = new java.util.ArrayList<>();

    @BeforeEach
    void startClient() {
        api = new ApiTestClient(mvc, json);
        signedIn = new SignedIn(accounts);
    }

    @AfterEach
    void closeTheTestsReports() {
        java.util.List<String> references = new java.util.ArrayList<>(api.loggedReferences());
        references.addAll(loggedOtherwise);
        new ReportCleanup(signedIn, actionService, reportActions, closingService, reportProcess).closeAll(references);
    }

    /** A report the test logged without the API client: closed after the test like the others. */
    protected String closeAfterTest(String reference) {
        loggedOtherwise.add(reference);
        return reference;
    }
}
