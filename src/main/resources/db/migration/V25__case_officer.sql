-- Caseloads (issue 14, decision 0019): each report has a case officer, the officer who works it. It starts as the
-- officer who logged it and a supervisor can hand it to another. Imported history has no case officer.
alter table report add column case_officer varchar(60);
update report set case_officer = created_by where not imported;
create index ix_report_case_officer on report (case_officer, status, received_at);

-- Editing a report after logging (issue 14): who changed its details last and when (the history has each change).
alter table report add column edited_at timestamp;
alter table report add column edited_by varchar(60);
