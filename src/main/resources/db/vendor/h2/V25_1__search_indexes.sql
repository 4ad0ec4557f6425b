-- H2 (the zero-set-up development database) has neither pg_trgm nor full-text search in SQL: search there is a plain
-- LIKE match over the same columns (decision 0019). Version 25.1 is kept here so that both databases have the same
-- migration history.
comment on table person is 'People, kept once; searched by name (trigram indexes on PostgreSQL)';
