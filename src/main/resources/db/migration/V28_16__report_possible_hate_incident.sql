-- Issue 16: a report is a possible hate incident when its victim risk assessment answered yes to being targeted for
-- who they are (TARGETED_IDENTITY). Kept on the report beside its risk level, as high_risk is, so that the person
-- markers and the annual figures count it with the report's own aggregate queries. Once recorded it stays: a hate
-- incident is recorded as the victim perceives it, and a later review does not take that perception away.
alter table report add column possible_hate_incident boolean not null default false;

update report set possible_hate_incident = true
where id in (select a.report_id from risk_assessment a join risk_answer q on q.assessment_id = a.id
             where q.code = 'TARGETED_IDENTITY' and q.answer = true);
