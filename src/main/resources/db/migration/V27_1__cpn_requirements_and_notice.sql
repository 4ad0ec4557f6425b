-- A Community Protection Notice's requirements (s43(3)): "stop" and "do" items in order, each "do" with its deadline.
create table escalation_requirement (
    step_id  bigint        not null references escalation_step (id),
    position integer       not null,
    kind     varchar(10)   not null,
    text     varchar(1000) not null,
    deadline date,
    primary key (step_id, position)
);

-- The notice must set out its requirements, the right of appeal (s46) and what follows a breach (ss47-52). The law
-- changed the notice, so the template is replaced even where an administrator had edited it (issue 17).
update letter_template set updated_at = current_timestamp, updated_by = 'system', version = version + 1, body =
'{{date}}

To: {{recipient.name}}, {{recipient.address}}

Our reference: {{case.reference}}

Anti-social Behaviour, Crime and Policing Act 2014, section 43: Community Protection Notice

A Community Protection Warning was given to {{person.name}} of {{person.address}} about the conduct below. The time it allowed to deal with the matter has passed and the conduct has not stopped:

{{conduct}}

This notice requires you (section 43(3)):

{{requirements}}

This notice is in force until {{term.end}}.

Your right of appeal (section 46): you may appeal against this notice to the magistrates'' court within 21 days of the day it is served on you, that is by {{appeal.deadline}}. While an appeal is pending, the requirements to do things are suspended; the requirements to stop doing things stay in force unless the court orders otherwise.

If you do not comply with this notice (sections 47 to 52):
- Remedial action (section 47): the council may carry out the work required in default and recover its cost from you.
- Offence (section 48): failing to comply with this notice without reasonable excuse is a criminal offence. On conviction a person may be fined up to level 4 on the standard scale, and a business or organisation without limit.
- Remedial orders and forfeiture (sections 49 to 51): on conviction the court may order you to carry out work or to allow it to be carried out, and may order any item used in the offence to be forfeited and seized.
- Fixed penalty (section 52): you may be given the chance to discharge your liability for the offence by paying a fixed penalty within 14 days; no prosecution is brought during that time.

Issued by {{officer.name}}, {{officer.agency}}'
where stage_code = 'CPN';
