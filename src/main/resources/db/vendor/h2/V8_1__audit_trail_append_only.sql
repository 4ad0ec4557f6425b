-- H2 (the zero-set-up development database) has no procedural triggers in SQL; only PostgreSQL, the production and
-- test database, enforces the append-only rule (db/vendor/postgresql). Version 8.1 is kept here so that both
-- databases have the same migration history.
comment on table audit_event is 'Append-only audit trail (enforced by a trigger on PostgreSQL)';
