-- The application runs as a role that owns nothing (docs/decisions/0016): migrations run as the owner of the schema
-- (SPRING_FLYWAY_USER) and, after every migrate, grant the application's role (CASEWORK_DB_APP_ROLE) what it needs on
-- every table and sequence, the process engine's included; tables that later migrations add are covered the same way.
-- The audit trail is only inserted into and read: its rows cannot be changed or removed, and since the application
-- owns nothing it cannot disable the append-only triggers (V8_1) or set session_replication_role either.
-- Without CASEWORK_DB_APP_ROLE (a single-user set-up) nothing is granted.
do
$$
declare
    app_role text := '${app_role}';
begin
    if app_role = '' or app_role = current_user then
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app_role) then
        raise exception 'CASEWORK_DB_APP_ROLE names the role "%", which does not exist: create it first (LOGIN, owning nothing)', app_role;
    end if;
    execute format('grant usage on schema %I to %I', current_schema(), app_role);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), app_role);
    execute format('grant usage, select, update on all sequences in schema %I to %I', current_schema(), app_role);
    execute format('revoke all on table %I.flyway_schema_history from %I', current_schema(), app_role);
    execute format('revoke update, delete, truncate, references, trigger on table %I.audit_event from %I',
                   current_schema(), app_role);
end
$$;
