package org.csucasework.taskgroups.internal;

import org.csucasework.people.TablePersonReferences;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Task and Finish Groups about a person move with a merge of that person (decision 0020). */
@Component
class TaskGroupPersonReferences extends TablePersonReferences {

    TaskGroupPersonReferences(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, "task-group", "task_group", "person_id", null, true);
    }
}
