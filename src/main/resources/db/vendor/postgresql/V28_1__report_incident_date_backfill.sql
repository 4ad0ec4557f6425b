-- Reports logged before incident dates were recorded: the behaviour is taken to have happened on the day the report
-- was received, in UK time (received_at is stored in UTC, so a report received at 00:30 BST is the UK day's).
update report set incident_date = cast((received_at at time zone 'UTC') at time zone 'Europe/London' as date)
 where incident_date is null;
