-- Search (issue 14, decision 0019): names and places by trigram similarity (a part of a name, a surname with a
-- letter wrong), report descriptions by full-text search. pg_trgm is a trusted extension: the database owner, who
-- runs the migrations, may create it.
create extension if not exists pg_trgm;

create index ix_person_name_trgm on person using gin (name_key gin_trgm_ops);
create index ix_place_label_trgm on place using gin (label_key gin_trgm_ops);
create index ix_report_description_fts on report using gin (to_tsvector('english', coalesce(description, '')));

-- A name with a letter wrong: the distinct words of people's names (a few thousand in a county), compared with
-- levenshtein (fuzzystrmatch, also trusted) to find the words meant, then the people with those words through the
-- index on the name's words. A trigger keeps the words, whoever writes the person table (the application, the
-- imports, the benchmark's seeding); it runs as its owner so that the application needs no rights on the table.
create extension if not exists fuzzystrmatch;

create index ix_person_name_words on person using gin (string_to_array(name_key, ' '));

create table person_name_word (
    word varchar(160) primary key
);
insert into person_name_word (word)
select distinct w from person, unnest(string_to_array(name_key, ' ')) as w where w <> '';

create function person_name_words_kept() returns trigger
    language plpgsql security definer set search_path from current as
$$
begin
    insert into person_name_word (word)
    select distinct w from new_people, unnest(string_to_array(new_people.name_key, ' ')) as w where w <> ''
    on conflict do nothing;
    return null;
end;
$$;

create trigger person_name_words_on_insert
    after insert on person referencing new table as new_people
    for each statement execute function person_name_words_kept();

create trigger person_name_words_on_update
    after update on person referencing new table as new_people
    for each statement execute function person_name_words_kept();
