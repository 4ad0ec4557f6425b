package org.csucasework.shared;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Which database the product runs on. PostgreSQL (production and the tests) has tools H2 (the zero-set-up
 * development database) lacks, such as trigram similarity and full-text search; the few queries that use them ask
 * here and fall back to plain SQL on H2.
 */
@Component
public class DatabaseVendor {

    private final boolean postgreSql;

    DatabaseVendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            this.postgreSql = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    public boolean isPostgreSql() {
        return postgreSql;
    }
}
