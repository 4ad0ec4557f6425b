package org.csucasework.casehistory;

/** How the reporter or victim was contacted. */
public enum ContactMethod {
    PHONE("Phone"),
    EMAIL("Email"),
    TEXT_MESSAGE("Text message"),
    IN_PERSON("In person"),
    HOME_VISIT("Home visit"),
    LETTER("Letter");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
