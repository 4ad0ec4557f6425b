package org.csucasework.people;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * {@link PersonReferences} for a module's table with an id and a person column (and, for splits, a report column):
 * the module names its own table; the rows moved are named by their ids. Table and column names are the module's
 * constants, never input.
 */
public abstract class TablePersonReferences implements PersonReferences {

    private final NamedParameterJdbcTemplate jdbc;
    private final String name;
    private final String table;
    private final String personColumn;
    private final String reportColumn;
    private final boolean versioned;

    /**
     * @param reportColumn the column with the report id, or null when the rows belong to no report (they then move
     *                     on merges only)
     * @param versioned    whether the table has a {@code version} column to advance, so that a screen open on a row
     *                     moved meanwhile gets a conflict rather than writing the old person back
     */
    protected TablePersonReferences(NamedParameterJdbcTemplate jdbc, String name, String table, String personColumn,
                                    String reportColumn, boolean versioned) {
        this.jdbc = jdbc;
        this.name = name;
        this.table = table;
        this.personColumn = personColumn;
        this.reportColumn = reportColumn;
        this.versioned = versioned;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> move(Long from, Long to, Collection<Long> reportIds) {
        if (reportIds != null && (reportColumn == null || reportIds.isEmpty())) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("from", from).addValue("to", to)
                .addValue("reports", reportIds);
        List<Long> ids = jdbc.queryForList("select id from " + table + " where " + personColumn + " = :from"
                + (reportIds == null ? "" : " and " + reportColumn + " in (:reports)"), params, Long.class);
        update(ids, to);
        return ids.stream().map(String::valueOf).toList();
    }

    @Override
    public void moveBack(Collection<String> tokens, Long to) {
        update(tokens.stream().map(Long::valueOf).toList(), to);
    }

    private void update(List<Long> ids, Long to) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update("update " + table + " set " + personColumn + " = :to" + (versioned ? ", version = version + 1" : "")
                + " where id in (:ids)", new MapSqlParameterSource("to", to).addValue("ids", ids));
    }
}
