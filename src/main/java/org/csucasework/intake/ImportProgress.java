package org.csucasework.intake;

/** Told how far a long import has got, so that a screen can show a progress bar. Called from the import's thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    /**
     * @param phase what the import is doing, in words for a person ("Checking", "Saving")
     * @param done  rows finished in this phase
     * @param total rows in the file
     */
    void update(String phase, long done, long total);
}
