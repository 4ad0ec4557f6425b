package org.csucasework.people.internal;

import java.util.List;
import org.csucasework.people.NameSounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills in the match keys (V26) of people recorded before they existed, or written by SQL since (imports), in batches
 * at start-up. Records without keys are only harder to offer as matches, so the application does not wait for this.
 * Anonymised records get none: their details are gone.
 */
@Component
class PersonMatchKeysBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonMatchKeysBackfill.class);
    private static final int BATCH = 1000;

    private record Row(long id, String fullName, String phone, String email, String address) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    PersonMatchKeysBackfill(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Row> rows = jdbc.query("select id, full_name, phone, email, address from person where name_sound is null"
                            + " and anonymised_at is null and id > ? order by id limit " + BATCH,
                    (rs, n) -> new Row(rs.getLong("id"), rs.getString("full_name"), rs.getString("phone"),
                            rs.getString("email"), rs.getString("address")), from);
            if (rows.isEmpty()) {
                break;
            }
            transaction.executeWithoutResult(status -> jdbc.batchUpdate("update person set name_sound = ?,"
                            + " phone_key = ?, email_key = ?, address_key = ? where id = ? and name_sound is null",
                    rows.stream().map(r -> new Object[] {NameSounds.of(r.fullName()), NameSounds.phoneKey(r.phone()),
                            NameSounds.emailKey(r.email()), NameSounds.addressKey(r.address()), r.id()}).toList()));
            filled += rows.size();
            after = rows.get(rows.size() - 1).id();
        }
        if (filled > 0) {
            log.info("Match keys filled in for {} people recorded before them", filled);
        }
    }
}
