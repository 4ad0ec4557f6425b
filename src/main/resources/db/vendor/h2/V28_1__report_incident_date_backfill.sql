-- Reports logged before incident dates were recorded: the day they were received. H2 (the zero-set-up development
-- database) takes the UTC day; PostgreSQL (db/vendor/postgresql) converts to the UK day first.
update report set incident_date = cast(received_at as date) where incident_date is null;
