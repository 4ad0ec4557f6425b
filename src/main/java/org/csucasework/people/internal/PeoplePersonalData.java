package org.csucasework.people.internal;

import static org.csucasework.shared.personaldata.Overwrite.scrub;
import static org.csucasework.shared.personaldata.RecordType.PERSON;

import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.DatabaseVendor;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.PersonalData;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's own details (name, date of birth, phone, e-mail, address and the match keys made from them). The row
 * and its id stay when they are overwritten: reports still link to "a person", so counts of repeat victims or
 * perpetrators in past years do not change, and the empty match keys keep them out of every suggestion.
 */
@Component
@RequiredArgsConstructor
class PeoplePersonalData implements PersonalData {

    private static final String OVERWRITE = "update person set full_name = :anonymisedName, name_key = '',"
            + " name_sound = '', phone_key = null, email_key = null, address_key = null, date_of_birth = null,"
            + " phone = null, email = null, address = null, anonymised_at = :at, version = version + 1";

    /**
     * The name words the misspelt-name search looks in (PostgreSQL only, V25_1): a word no person's name holds any
     * longer leaves it, so an anonymised or erased name leaves nothing of itself there.
     */
    private static final String PRUNE_NAME_WORDS = "delete from person_name_word w where not exists (select 1 from"
            + " person p where string_to_array(p.name_key, ' ') @> array[w.word]::text[])";

    private final NamedParameterJdbcTemplate jdbc;
    private final DatabaseVendor vendor;

    @Override
    public Set<String> columns() {
        return Set.of("person.full_name", "person.name_key", "person.name_sound", "person.phone", "person.phone_key",
                "person.email", "person.email_key", "person.address", "person.address_key", "person_merge.reason",
                "person_name_word.word");
    }

    @Override
    public void anonymise(PastRetention records) {
        if (records.type() == PERSON && !records.ids().isEmpty()) {
            jdbc.update(OVERWRITE + " where id in (:ids) and anonymised_at is null",
                    records.params().addValue("anonymisedName", ANONYMISED_PERSON));
            jdbc.update("update person_merge set reason = :marker where from_person_id in (:ids)"
                    + " or to_person_id in (:ids)", records.params());
            pruneNameWords();
        }
    }

    /** Checks the version the user looked at: a person changed since is a conflict, not a silent erasure. */
    @Override
    public void erase(Erasure erasure) {
        int changed = jdbc.update(OVERWRITE + " where id = :person and version = :version",
                erasure.params(PERSON).addValue("anonymisedName", ANONYMISED_PERSON));
        if (changed == 0) {
            throw new ConflictException("Someone else changed this person's record while you were looking at it."
                    + " Search again and check before erasing.");
        }
        jdbc.update("update person_merge set reason = " + scrub("reason") + " where from_person_id = :person"
                + " or to_person_id = :person", erasure.params(PERSON));
        pruneNameWords();
    }

    private void pruneNameWords() {
        if (vendor.isPostgreSql()) {
            jdbc.update(PRUNE_NAME_WORDS, Map.of());
        }
    }
}
