package org.csucasework.dataprotection.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.csucasework.shared.personaldata.RecordType;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link PersonalData}, called together: in the caller's one transaction, a retention batch or an
 * erasure is done in every module or in none.
 */
@Component
public class PersonalDataModules {

    private final List<PersonalData> modules;
    private final NamedParameterJdbcTemplate jdbc;

    PersonalDataModules(List<PersonalData> modules, NamedParameterJdbcTemplate jdbc) {
        this.modules = List.copyOf(modules);
        this.jdbc = jdbc;
    }

    /** Every module's records that name people. */
    public List<Naming> namings() {
        return modules.stream().flatMap(m -> m.namings().stream()).toList();
    }

    /** The personal-data columns every module declares it handles, "table.column". */
    public Set<String> columns() {
        Set<String> all = new TreeSet<>();
        modules.forEach(m -> all.addAll(m.columns()));
        return all;
    }

    public void anonymise(PastRetention records) {
        modules.forEach(m -> m.anonymise(records));
    }

    /** The records naming the person, by type: found before anything is erased, so every module erases the same. */
    public Map<RecordType, List<Long>> recordsNaming(long personId) {
        Map<RecordType, List<Long>> records = new EnumMap<>(RecordType.class);
        for (Naming naming : namings()) {
            List<Long> ids = jdbc.queryForList("select distinct n.record_id from (" + naming.sql() + ") n"
                    + " where n.person_id = :person order by 1", new MapSqlParameterSource("person", personId),
                    Long.class);
            records.computeIfAbsent(naming.type(), t -> new ArrayList<>()).addAll(ids);
        }
        records.replaceAll((type, ids) -> ids.stream().distinct().toList());
        return records;
    }

    public void erase(Erasure erasure) {
        modules.forEach(m -> m.erase(erasure));
    }

    /** What every module holds about the person, gathered for a subject access export. */
    public SubjectAccess export(long personId) {
        SubjectAccess access = new SubjectAccess(personId, recordsNaming(personId));
        modules.forEach(m -> m.export(access));
        return access;
    }
}
