package org.csucasework.taskgroups;

/** A place or person to choose as a group's subject, with the label a user recognises it by. */
public record SubjectOption(SubjectKind kind, Long id, String label) {

    public GroupSubject subject() {
        return new GroupSubject(kind, id);
    }

    @Override
    public String toString() {
        return kind.label() + ": " + label;
    }
}
