package org.csucasework.people;

/** Field lengths shared by the entities, forms and API validation. */
public final class PeopleFieldLimits {
    public static final int NAME = 160;
    public static final int PHONE = 40;
    public static final int EMAIL = 200;
    public static final int ADDRESS = 300;

    private PeopleFieldLimits() {
    }
}
