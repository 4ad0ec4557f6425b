-- People are no longer matched silently by name (issue 16, decision record 0020): a person named without choosing a
-- record is a new record, and records that may be the same person are offered. The keys below make those offers
-- quick to find; they are filled in by the application (PersonMatchKeysBackfill) for records made before.

-- the sound of the first and last names (Soundex), so that Jon Smyth finds John Smith
alter table person add column name_sound varchar(40);
-- the phone number's digits only, the e-mail address and the address in lower case, compared as they are
alter table person add column phone_key varchar(40);
alter table person add column email_key varchar(200);
alter table person add column address_key varchar(300);
-- a record merged into another by a supervisor: kept (for the undo) but no longer offered or listed
alter table person add column merged_into_id bigint;
alter table person add constraint fk_person_merged_into foreign key (merged_into_id) references person (id);

create index ix_person_name_sound on person (name_sound);
create index ix_person_phone_key on person (phone_key);
create index ix_person_email_key on person (email_key);
create index ix_person_date_of_birth on person (date_of_birth);

-- the report named someone who may be a person already on record
alter table report add column possible_person_match boolean not null default false;
