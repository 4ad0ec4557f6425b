-- The daily tasking meeting's minutes, recorded when the chair ends it (issue 19).
alter table tasking_meeting add column minutes varchar(4000);
