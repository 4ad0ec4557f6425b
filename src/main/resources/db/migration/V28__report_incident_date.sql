-- Issue 18: a report records when the behaviour happened, not only when it was reported. An ASB Case Review counts
-- a complaint only when it was made within one month of the behaviour (s104 of the 2014 Act, DESIGN 4.5).
-- Added empty, filled from the received date by the vendor step V28_1 (the day in UK time), then made required.
alter table report add column incident_date date;
