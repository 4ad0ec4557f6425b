-- Person search matches any part of the name (issue 16): a trigram index keeps "like '%text%'" quick at a county's
-- scale. pg_trgm is a trusted extension (PostgreSQL 13+), so the database owner may create it; where it cannot be
-- created the search still works, only without the index.
do $$
begin
    create extension if not exists pg_trgm;
    execute 'create index if not exists ix_person_name_key_trgm on person using gin (name_key gin_trgm_ops)';
exception when insufficient_privilege or undefined_file then
    raise notice 'pg_trgm not available: person search runs without a trigram index';
end
$$;
