package org.csucasework.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base for browserless tests of the case record screens (search, reports list, editing, work list): Karibu's mocked
 * UI, and the integration API to set up reports as another user would.
 */
public abstract class CaseRecordUiTest extends KaribuUiTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    protected ApiTestClient api;

    @BeforeEach
    void client() {
        api = new ApiTestClient(mvc, json);
    }

    /** Logs an anonymous report about a person at a new place as the user; answers its reference. */
    protected String logAbout(String user, String name) {
        return api.logReport(user, TestReport.anonymousAt(TestReport.newPlace()).subject("ALLEGED_PERPETRATOR", name)
                .body()).text("/reference");
    }
}
