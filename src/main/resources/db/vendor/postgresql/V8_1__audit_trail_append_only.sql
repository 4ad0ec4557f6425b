-- The audit trail is append-only, enforced by the database rather than by the application's good behaviour: rows
-- can be inserted and read, never changed or removed, whoever asks (the application's own account included, which
-- owns the table, so grants alone could not stop it). Removing the trigger needs a migration, which is reviewed.
create function audit_event_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The audit trail is append-only: % on audit_event is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
