package org.csucasework.taskgroups;

import java.util.Objects;

/** The place or person a group is about, by id. */
public record GroupSubject(SubjectKind kind, Long id) {

    public GroupSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static GroupSubject place(Long placeId) {
        return new GroupSubject(SubjectKind.PLACE, placeId);
    }

    public static GroupSubject person(Long personId) {
        return new GroupSubject(SubjectKind.PERSON, personId);
    }
}
