package org.csucasework.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The start-up check finds an owner or superuser connection, and passes the application's own role. */
@IntegrationTest
class DatabaseRoleCheckTest {

    @Autowired
    private DatabaseRoleCheck runningCheck;

    @Test
    void theApplicationItselfRunsAsARoleThatOwnsNothing() throws Exception {
        assertThat(runningCheck.privilegesOfTheApplicationRole()).isEmpty();
    }

    @Test
    void aConnectionAsTheOwnerStopsTheStartNamingTheVariables() {
        DriverManagerDataSource asOwner = new DriverManagerDataSource(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password());
        DatabaseRoleCheck check = new DatabaseRoleCheck(asOwner, "fail");

        assertThatThrownBy(check::afterPropertiesSet)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("owns")
                .hasMessageContaining("SPRING_DATASOURCE_USERNAME")
                .hasMessageContaining("SPRING_FLYWAY_USER");
    }

    @Test
    void warnOnlyLogsAndOffDoesNotLook() throws Exception {
        DriverManagerDataSource asOwner = new DriverManagerDataSource(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password());

        new DatabaseRoleCheck(asOwner, "warn").afterPropertiesSet();
        new DatabaseRoleCheck(asOwner, "off").afterPropertiesSet();
    }
}
