package org.csucasework.operations.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks at start that the application connects to PostgreSQL as a role that owns nothing (docs/decisions/0016): an
 * owner or a superuser could switch off the audit trail's append-only triggers, or the whole schema's protections,
 * from inside the application. {@code casework.database.role-check}: FAIL stops the start, WARN logs, OFF skips.
 * H2 (the single-user development default) is not checked.
 */
@Component
class DatabaseRoleCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

    enum Mode { FAIL, WARN, OFF }

    private final DataSource dataSource;
    private final Mode mode;

    DatabaseRoleCheck(DataSource dataSource, @Value("${casework.database.role-check:warn}") String mode) {
        this.dataSource = dataSource;
        this.mode = Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        if (mode == Mode.OFF) {
            return;
        }
        List<String> privileges = privilegesOfTheApplicationRole();
        if (privileges.isEmpty()) {
            return;
        }
        String message = "The application connects to the database as a role that " + String.join(", ", privileges)
                + ": run it as a role that owns nothing (SPRING_DATASOURCE_USERNAME), with migrations as the owner "
                + "(SPRING_FLYWAY_USER) granting it what it needs (CASEWORK_DB_APP_ROLE); see README, 'Running on "
                + "PostgreSQL'. CASEWORK_DB_ROLE_CHECK=warn only warns.";
        if (mode == Mode.FAIL) {
            throw new IllegalStateException(message);
        }
        log.warn(message);
    }

    /** What the connected role may do that it should not, in words; empty when it owns nothing. */
    List<String> privilegesOfTheApplicationRole() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                return found;
            }
            try (PreparedStatement query = connection.prepareStatement("""
                    select r.rolsuper,
                           (select count(*) from pg_class c where c.relowner = r.oid
                                and c.relnamespace = current_schema()::regnamespace) as owned,
                           (select d.datdba = r.oid from pg_database d where d.datname = current_database()) as db_owner
                    from pg_roles r where r.rolname = current_user""");
                 ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    if (rs.getBoolean("rolsuper")) {
                        found.add("is a superuser");
                    }
                    if (rs.getLong("owned") > 0) {
                        found.add("owns " + rs.getLong("owned") + " tables, sequences or indexes");
                    }
                    if (rs.getBoolean("db_owner")) {
                        found.add("owns the database");
                    }
                }
            }
        }
        return found;
    }
}
