-- Issue 18: the ASB Case Review writes to the one case history (decision record 0018) like every other case. Its own
-- timeline case_review_event is moved there (oldest first so that ids keep their order) and dropped. Entry kinds follow
-- EntryKind.ofCode: actions by their ACTION_ codes, letters by their LETTER_ codes, anything else an event.
insert into case_history_entry (case_kind, case_id, entry_kind, occurred_at, recorded_at, actor, code, detail)
select 'CASE_REVIEW', case_review_id,
       case when kind = 'RECOMMENDATION' then 'ACTION' when kind in ('DECISION_TOLD', 'OUTCOME_TOLD') then 'LETTER'
            else 'EVENT' end,
       occurred_at, occurred_at, actor,
       -- The codes the review now records under: a recommendation is an action given, a decision or outcome told is
       -- a letter sent.
       case kind when 'RECOMMENDATION' then 'ACTION_ASSIGNED' when 'DECISION_TOLD' then 'LETTER_DECISION'
                 when 'OUTCOME_TOLD' then 'LETTER_OUTCOME' else kind end,
       detail
from case_review_event order by id;

drop table case_review_event;
