package org.csucasework.tasking;

public enum ActionStatus {
    OPEN, DONE, CANCELLED
}
