package org.csucasework.people;

import java.util.Locale;

/**
 * Keys that let a person be found again despite spelling and formatting: the sound of the name (Soundex of the first
 * and last names, so that "Jon Smyth" finds "John Smith"), a phone number's digits, an e-mail address in lower case.
 */
public final class NameSounds {

    private static final String CODES = "01230120022455012623010202"; // a..z

    private NameSounds() {
    }

    /** The sounds of the first and last names ("J500 S530"); one sound for one name; empty for none. */
    public static String of(String fullName) {
        String[] words = MatchKeys.of(fullName).split(" ");
        String first = soundex(words[0]);
        if (words.length == 1) {
            return first;
        }
        String last = soundex(words[words.length - 1]);
        return first.isEmpty() ? last : last.isEmpty() ? first : first + " " + last;
    }

    /** The sound of the last name alone, as it ends {@link #of}. */
    public static String ofLastName(String fullName) {
        String[] words = MatchKeys.of(fullName).split(" ");
        return soundex(words[words.length - 1]);
    }

    /** American Soundex of a word; letters outside a to z are left out (accents are first taken off). */
    static String soundex(String word) {
        String letters = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (letters.isEmpty()) {
            return "";
        }
        StringBuilder code = new StringBuilder().append(Character.toUpperCase(letters.charAt(0)));
        char previous = CODES.charAt(letters.charAt(0) - 'a');
        for (int i = 1; i < letters.length() && code.length() < 4; i++) {
            char letter = letters.charAt(i);
            char digit = CODES.charAt(letter - 'a');
            if (digit != '0' && digit != previous) {
                code.append(digit);
            }
            // h and w do not separate two letters with the same code; vowels do
            if (letter != 'h' && letter != 'w') {
                previous = digit;
            }
        }
        while (code.length() < 4) {
            code.append('0');
        }
        return code.toString();
    }

    /** The digits of a phone number, with a UK +44 written as the leading 0; null when there are none. */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (phone.trim().startsWith("+44") && digits.startsWith("44")) {
            digits = "0" + digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

    /** An e-mail address as compared: trimmed, lower case; null when blank. */
    public static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** An address as compared ({@link MatchKeys#of}); null when blank. */
    public static String addressKey(String address) {
        String key = MatchKeys.of(address);
        return key.isEmpty() ? null : key;
    }
}
