package org.csucasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.csucasework.dataprotection.internal.PersonalDataModules;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The map of personal data cannot drift from the schema: every text column of the application's tables (after
 * Flyway) is either declared by a module's {@code PersonalData} as personal data it anonymises, erases or exports, or
 * listed below as holding none. A new text column fails this test until someone decides which it is. The process
 * engine's own tables ({@code act_*}) are left out wholesale: process variables hold no personal data, which
 * {@code ProcessVariablesHoldNoPersonalDataTest} checks.
 */
@IntegrationTest
class PersonalDataColumnsTest {

    /** Text columns that hold no personal data of the people in the cases, "table.column". */
    static final Set<String> NO_PERSONAL_DATA = Set.of();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataModules personalData;

    @Test
    void everyTextColumnIsDeclaredAsPersonalDataOrListedAsHoldingNone() {
        List<String> columns = textColumns();
        Set<String> declared = personalData.columns();

        assertThat(columns).as("the application's text columns").hasSizeGreaterThan(100);
        assertThat(columns).as("text columns neither declared by a module's PersonalData nor listed in"
                        + " NO_PERSONAL_DATA: decide which each is")
                .filteredOn(column -> !declared.contains(column) && !NO_PERSONAL_DATA.contains(column))
                .isEmpty();
    }

    @Test
    void everyDeclaredOrListedColumnExistsAndIsOnlyOneOfTheTwo() {
        List<String> columns = textColumns();

        assertThat(personalData.columns()).as("declared personal data columns").isNotEmpty()
                .allSatisfy(column -> assertThat(columns).contains(column));
        assertThat(NO_PERSONAL_DATA).allSatisfy(column -> assertThat(columns).contains(column));
        assertThat(personalData.columns()).as("declared as personal data and listed as holding none")
                .doesNotContainAnyElementsOf(NO_PERSONAL_DATA);
    }

    private List<String> textColumns() {
        return jdbc.queryForList("select c.table_name || '.' || c.column_name from information_schema.columns c"
                + " join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name"
                + " where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'"
                + " and c.data_type in ('text', 'character varying', 'character', 'jsonb')"
                + " and c.table_name not like 'act\\_%' and c.table_name <> 'flyway_schema_history'"
                + " order by 1", String.class);
    }
}
