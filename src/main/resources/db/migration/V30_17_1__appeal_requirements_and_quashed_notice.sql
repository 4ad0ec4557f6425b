-- The requirements of a CPN in force after the court decided an appeal against it (s46): the notice's own, or the
-- court's new terms when it varied the notice, each "do" deadline moved on by the days the appeal was in progress
-- (s46(3): while it runs the "do" requirements have no effect). The served notice keeps its own requirements: they
-- are what the paper served said.
create table escalation_appeal_requirement (
    appeal_id bigint        not null references escalation_appeal (id),
    position  integer       not null,
    kind      varchar(10)   not null,
    text      varchar(1000) not null,
    deadline  date,
    primary key (appeal_id, position)
);

-- The day the court quashed the case's notice: the case then waits for nothing until the next step is served.
alter table escalation_case add column notice_quashed_on date;
