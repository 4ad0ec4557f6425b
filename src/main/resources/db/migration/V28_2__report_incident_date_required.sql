-- Every report now has an incident date (filled in by V28_1; the application and the CSV import always set it).
alter table report alter column incident_date set not null;
