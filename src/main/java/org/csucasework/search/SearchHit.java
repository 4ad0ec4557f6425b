package org.csucasework.search;

import java.time.Instant;

/**
 * One case found: what it is, its reference, a title and a line saying why it matched, the page that shows it, how
 * well it matched ({@code score}, higher is better; see {@link SearchQuery}) and when the case began (newer first
 * among equal scores).
 */
public record SearchHit(CaseType type, String reference, String title, String snippet, String url, int score,
                        Instant at) {

    /** A case whose reference was typed exactly. */
    public static final int REFERENCE = 1000;
    /** A case about a person whose name contains what was typed. */
    public static final int NAME = 600;
    /** A case about a person whose name is within a letter of what was typed. */
    public static final int NAME_NEARLY = 500;
    /** A case at a place whose address or name contains what was typed. */
    public static final int PLACE = 400;
    /** A case whose description has the words typed. */
    public static final int DESCRIPTION = 200;
}
