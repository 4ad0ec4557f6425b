-- Issue 18: the ASB Case Review's letters to the applicant, stored with the ladder's templates and written by the same
-- letter capability (escalation.TemplateLetters). Placeholders are filled by casereview.CaseReviewLetters.
insert into letter_template (stage_code, title, body, updated_at, updated_by) values
('CASE_REVIEW_DECISION', 'ASB Case Review: threshold decision',
'{{date}}

{{recipient.name}}
{{recipient.address}}

Our reference: {{case.reference}}

Dear {{recipient.name}},

Thank you for your application for an Anti-social Behaviour Case Review, received on {{applied.on}}.

We counted {{qualifying.count}} qualifying complaints about the behaviour you described. The local threshold is {{threshold}}.

{{decision}}

{{decision.reason}}

If you have any questions about this letter, please contact the Community Safety Unit quoting the reference above.

Yours sincerely,

Community Safety Unit
{{district.name}}', current_timestamp, 'system'),
('CASE_REVIEW_OUTCOME', 'ASB Case Review: outcome',
'{{date}}

{{recipient.name}}
{{recipient.address}}

Our reference: {{case.reference}}

Dear {{recipient.name}},

The partner agencies met on {{meeting.date}} to review how the complaints in your application of {{applied.on}} were dealt with.

The outcome of the review:

{{outcome}}

The review''s recommendations, and the agency that will carry out each one:

{{recommendations}}

If you are not satisfied with how the review was carried out, you may ask for it to be looked at again by {{escalation.route}}. Please tell the Community Safety Unit by {{escalation.deadline}}, quoting the reference above.

Yours sincerely,

Community Safety Unit
{{district.name}}', current_timestamp, 'system');
