-- Issue 20: actions take an Idempotency-Key like reports, and the same key sent with a different request is refused
-- (422) instead of being answered with the first result: each keyed record keeps a SHA-256 of what was asked.
alter table report add column idempotency_fingerprint varchar(64);

alter table action add column idempotency_key varchar(100);
alter table action add column idempotency_fingerprint varchar(64);
alter table action add constraint uk_action_idempotency unique (created_by, idempotency_key);
