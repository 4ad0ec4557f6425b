-- An ABA's deadlines run from the day it is signed at its meeting, which is its service (issue 17, V29_17_21): the
-- agreement says how long it lasts instead of a start date taken from the day it was written and an end counted from
-- a service that had not happened yet. A sentence an administrator has reworded is left as it is.
update letter_template
   set body = replace(body, 'This agreement starts on {{date}} and ends on {{term.end}}.',
                      'This agreement starts on the day it is signed and lasts {{term.days}} days.'),
       updated_at = current_timestamp, updated_by = 'system', version = version + 1
 where stage_code = 'ABA' and body like '%This agreement starts on {{date}} and ends on {{term.end}}.%';
