-- Approval is not issue (issue 17): an approved step's documents are generated and wait to be served; every deadline
-- runs from the day of service (date, method and by whom are recorded), never from approval.
alter table escalation_step add column served_on date;
alter table escalation_step add column served_method varchar(30);
alter table escalation_step add column served_by varchar(160);
alter table escalation_step add column service_recorded_by varchar(60);
alter table escalation_step add column service_recorded_at timestamp;

-- Before this change the product took approval as issue and counted from that day: those steps were served, as far
-- as the record goes, on the day they were issued, by the method proposed, by the officer who proposed them.
update escalation_step
   set status = 'SERVED', served_on = issued_on, served_method = service_method, served_by = proposed_by,
       service_recorded_by = 'system', service_recorded_at = issued_at
 where status = 'ISSUED';

-- The headline figures count steps by the day they were served.
create index ix_escalation_step_served on escalation_step (served_on, stage_code);

-- The letters register shows each document's service.
alter table escalation_document add column served_on date;
alter table escalation_document add column served_method varchar(30);
alter table escalation_document add column served_by varchar(160);
update escalation_document d
   set served_on = s.served_on, served_method = s.served_method, served_by = s.served_by
  from escalation_step s
 where s.id = d.step_id and s.status = 'SERVED';
create index ix_escalation_document_served on escalation_document (served_on);
