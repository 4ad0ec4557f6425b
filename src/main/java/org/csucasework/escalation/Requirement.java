package org.csucasework.escalation;

import java.time.LocalDate;

/**
 * A requirement of a Community Protection Notice (s43(3)): to stop doing something, or to do something (each "do"
 * with the day it must be done by). While an appeal runs the "do" requirements are suspended (s46).
 */
public record Requirement(Kind kind, String text, LocalDate deadline) {

    public enum Kind {
        STOP("Stop"),
        DO("Do");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
