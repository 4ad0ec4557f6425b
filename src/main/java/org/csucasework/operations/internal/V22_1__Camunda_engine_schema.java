package org.csucasework.operations.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates the process engine's tables with the engine's own create scripts (shipped in camunda-engine), run by
 * Flyway as the database owner. The engine itself no longer creates or changes its schema
 * ({@code camunda.bpm.database.schema-update: false}): the application connects as a role that owns nothing and
 * could not (docs/decisions/0016). A database whose engine tables were created by the engine before this release
 * keeps them: the scripts run only when {@code ACT_GE_PROPERTY} is missing. Engine upgrades add the engine's
 * upgrade script for that version as a migration of their own.
 */
@Component
class V22_1__Camunda_engine_schema extends BaseJavaMigration {

    /** The engine's create scripts, in the order the engine runs them itself. */
    private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (engineTablesPresent(connection)) {
            return;
        }
        String database = databaseType(connection);
        for (String part : PARTS) {
            ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(
                    "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + part + ".sql")));
        }
    }

    private static boolean engineTablesPresent(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from information_schema.tables "
                + "where lower(table_name) = 'act_ge_property' and lower(table_schema) = lower(current_schema())");
             ResultSet rs = query.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static String databaseType(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgres";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("No process engine schema for the database " + product);
    }
}
