-- A document is written when its step is approved and served later; its deadlines run from the day of service
-- (issue 17). The warning and the notice state their periods from service instead of dates counted from approval,
-- which were wrong whenever the document was served on a later day. The case page, the API and the letters register
-- show the dates once service is recorded. A sentence an administrator has reworded is left as it is: its
-- placeholders now read as periods from service too.
update letter_template
   set body = replace(body, 'You are warned that the conduct must stop by {{compliance.date}}.',
                      'You are warned that the conduct must stop within {{compliance.days}} days of the day this warning is served on you.'),
       updated_at = current_timestamp, updated_by = 'system', version = version + 1
 where stage_code = 'CPW' and body like '%must stop by {{compliance.date}}.%';

update letter_template
   set body = replace(replace(body,
                      'This notice is in force until {{term.end}}.',
                      'This notice is in force for {{term.days}} days from the day it is served on you.'),
                      'within 21 days of the day it is served on you, that is by {{appeal.deadline}}.',
                      'within 21 days of the day it is served on you.'),
       updated_at = current_timestamp, updated_by = 'system', version = version + 1
 where stage_code = 'CPN';
