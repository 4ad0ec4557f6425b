-- Community Protection under the 2014 Act (issue 17, decision record 0021).
-- A case may be about a body (a business or organisation, s43(1)) instead of a person: then it has no person_id but
-- the organisation's name and address. Exactly one of the two.
alter table escalation_case alter column person_id drop not null;
alter table escalation_case add column organisation_name varchar(160);
alter table escalation_case add column organisation_address varchar(300);
alter table escalation_case add constraint ck_escalation_case_subject
    check ((person_id is null and organisation_name is not null) or (person_id is not null and organisation_name is null));
-- When a person's date of birth is not known, an officer may confirm that they have checked the person is 16 or over
-- (needed for a CPW or CPN, s43(1)); who and when is kept.
alter table escalation_case add column age_confirmed_by varchar(60);
alter table escalation_case add column age_confirmed_at timestamp;

-- Each step keeps its own deadline: a CPW's time to comply belongs to that warning (the case's own date moves on
-- with the next step), so that a later CPN is checked against the warning it follows (s43(5)).
alter table escalation_step add column compliance_date date;
update escalation_step set compliance_date = (select c.compliance_date from escalation_case c where c.id = escalation_step.case_id)
    where stage_code = 'CPW' and status = 'ISSUED';
