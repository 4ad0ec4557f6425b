package org.csucasework.people;

/**
 * A person or a place found by what was typed: its id, its name or address, and whether the text is part of it
 * ({@code exact}) or only within a letter of a word of it.
 */
public record NameMatch(Long id, String label, boolean exact) {
}
