-- Issue 16: the protected characteristics a victim says they were targeted for (HateCharacteristic), so that the
-- annual figures count possible hate incidents by characteristic. Any one also sets report.possible_hate_incident.
create table report_hate_characteristic (
    report_id      bigint      not null references report (id),
    characteristic varchar(30) not null,
    primary key (report_id, characteristic)
);
