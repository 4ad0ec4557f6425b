package org.csucasework.shared.personaldata;

import java.util.List;
import java.util.Set;

/**
 * The personal data a module holds in its own tables, and what it does with it for data protection
 * (docs/decisions/0011, 0029). Data protection calls every implementation in one transaction: a retention batch, an
 * erasure or a subject access export is complete or not done at all. A module that adds a column of personal data
 * declares it in {@link #columns()} and handles it here; a test over the schema's text columns fails until it does
 * (or lists the column as holding none).
 */
public interface PersonalData {

    /** What replaces free text of a record past retention. */
    String ANONYMISED = "[anonymised]";
    /** What replaces an erased person's name inside free text. */
    String ERASED = "[erased]";
    /** The name an anonymised person is shown with. */
    String ANONYMISED_PERSON = "Anonymised person";

    /** The text columns of this module's tables holding personal data that this implementation handles, "table.column". */
    Set<String> columns();

    /**
     * Which of this module's records name people. A person is kept by retention while any record naming them is kept
     * (a record type without a retention period, such as a MARAC referral or an ASB Case Review, keeps its people
     * always); erasure and subject access find the person's records through these.
     */
    default List<Naming> namings() {
        return List.of();
    }

    /** Overwrites this module's personal data of records past retention (rows stay: the figures count them). */
    default void anonymise(PastRetention records) {
    }

    /** Takes the erased person out of this module's records: their name out of free text, their details removed. */
    default void erase(Erasure erasure) {
    }

    /**
     * Adds this module's sections of a subject access export, and its parts of other modules' records. Other people's
     * details are never selected.
     */
    default void export(SubjectAccess access) {
    }
}
