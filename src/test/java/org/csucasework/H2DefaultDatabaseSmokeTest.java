package org.csucasework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.camunda.bpm.engine.ManagementService;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.security.UserService;
import org.csucasework.support.OwnApplicationContext;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The zero-set-up start ({@code mvn spring-boot:run}): no profile, no PostgreSQL, the embedded H2 database exactly as
 * application.yml configures it, only in a fresh directory under {@code target/} instead of {@code ./data}.
 *
 * <p>The engine gets a name of its own and there is no web server: Camunda's engine registry and the web apps'
 * bootstrap are static, shared with the PostgreSQL test application in the same JVM, and closing this application
 * afterwards must not unregister that one's engine.
 */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=h2smoke")
@DirtiesContext
@OwnApplicationContext
class H2DefaultDatabaseSmokeTest {

    private static final Path DIRECTORY = Path.of("target", "h2-smoke");
    private static final String DEFAULT_LOCATION = "jdbc:h2:file:./data/casework;";

    @DynamicPropertySource
    static void freshH2DatabaseWithTheDefaultSettings(DynamicPropertyRegistry registry) throws IOException {
        String defaultUrl = defaultDatasourceUrl();
        assertThat(defaultUrl).as("the default datasource in application.yml").startsWith(DEFAULT_LOCATION);
        FileSystemUtils.deleteRecursively(DIRECTORY);
        String url = defaultUrl.replace("./data/", DIRECTORY.toAbsolutePath().toString().replace('\\', '/') + "/");
        registry.add("spring.datasource.url", () -> url);
    }

    private static String defaultDatasourceUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        return properties == null ? "" : properties.getProperty("spring.datasource.url", "");
    }

    @Autowired
    private Flyway flyway;

    @Autowired
    private ReferenceDataService referenceData;

    @Autowired
    private UserService users;

    @Autowired
    private ManagementService camunda;

    @Test
    void flywayHasAppliedEveryMigrationToTheFreshH2Database() throws SQLException {
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:file:").contains("h2-smoke");
        }
        assertThat(flyway.info().current()).isNotNull();
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theReferenceDataIsSeeded() {
        assertThat(referenceData.count(ReferenceType.WARDS)).isEqualTo(26);
        assertThat(referenceData.count(ReferenceType.AGENCIES)).isPositive();
    }

    @Test
    void theDemoAccountsAreCreated() {
        for (String username : List.of("admin", "supervisor", "caseworker", "analyst", "police", "housing")) {
            assertThat(users.findByUsername(username)).as(username).isPresent();
        }
    }

    @Test
    void camundaCreatedItsTablesIncludingTheOnesWithBlobColumns() {
        // ACT_GE_BYTEARRAY holds deployed models and variables in a BLOB column; see docs/decisions/0001.
        assertThat(camunda.getTableCount()).containsKeys("ACT_GE_BYTEARRAY", "ACT_RU_EXECUTION", "ACT_HI_PROCINST");
    }
}
