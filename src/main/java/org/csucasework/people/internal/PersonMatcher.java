package org.csucasework.people.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.people.MatchKeys;
import org.csucasework.people.NameSounds;
import org.csucasework.people.Person;
import org.csucasework.people.PersonDetails;
import org.csucasework.people.PersonMatch;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Finds the people on record who may be the person described, and says why. Each of name (with a tolerance for
 * spelling), date of birth, address, phone and e-mail is counted: agreeing adds to the score, a different date of
 * birth rules the record out (two people, whatever else they share). A record is offered only when its name is the
 * same or close: a shared phone or address alone is a household, not a person.
 */
@Component
@RequiredArgsConstructor
public class PersonMatcher {

    /** The most records read per way of finding them: a common name must not read the whole table. */
    private static final int CANDIDATES = 200;
    static final int NAME_SAME = 4;
    static final int NAME_SIMILAR = 2;
    static final int BIRTH_DATE = 4;
    static final int CONTACT = 2;

    private final PersonRepository people;

    public List<PersonMatch> matches(PersonDetails details, int limit) {
        String nameKey = MatchKeys.of(details.fullName());
        if (nameKey.isEmpty()) {
            return List.of();
        }
        String sound = NameSounds.of(details.fullName());
        String phone = NameSounds.phoneKey(details.phone());
        String email = NameSounds.emailKey(details.email());
        PageRequest page = PageRequest.of(0, CANDIDATES);
        Map<Long, Person> candidates = new LinkedHashMap<>();
        people.findMatchCandidatesByName(nameKey, sound, page).forEach(p -> candidates.put(p.getId(), p));
        if (phone != null) {
            people.findMatchCandidatesByPhone(phone, page).forEach(p -> candidates.putIfAbsent(p.getId(), p));
        }
        if (email != null) {
            people.findMatchCandidatesByEmail(email, page).forEach(p -> candidates.putIfAbsent(p.getId(), p));
        }
        if (details.dateOfBirth() != null) {
            people.findMatchCandidatesByBirthDate(details.dateOfBirth(), page)
                    .forEach(p -> candidates.putIfAbsent(p.getId(), p));
        }
        return candidates.values().stream()
                .filter(p -> !p.getId().equals(details.personId()))
                .map(p -> compare(details, nameKey, sound, p))
                .filter(m -> m != null)
                .sorted(Comparator.comparingInt(PersonMatch::score).reversed().thenComparing(PersonMatch::personId))
                .limit(limit)
                .toList();
    }

    /**
     * Pairs of records in use that may be one person, newest first (for the duplicates review): the same name sound
     * and no different date of birth, each pair compared as an offer is ({@link #compare}); {@code nameContains}
     * (a {@link MatchKeys} key, "" for any) narrows them to pairs one of whose names contains it.
     */
    public List<PersonMatch[]> likelyPairs(String nameContains, int limit) {
        List<Object[]> ids = people.likelyDuplicatePairs(nameContains == null ? "" : nameContains, limit);
        Map<Long, Person> byId = new LinkedHashMap<>();
        people.findAllById(ids.stream().flatMap(row -> java.util.stream.Stream.of(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue())).distinct().toList()).forEach(p -> byId.put(p.getId(), p));
        List<PersonMatch[]> pairs = new java.util.ArrayList<>();
        for (Object[] row : ids) {
            Person first = byId.get(((Number) row[0]).longValue());
            Person second = byId.get(((Number) row[1]).longValue());
            if (first == null || second == null) {
                continue;
            }
            PersonDetails asFirst = new PersonDetails(first.getId(), first.getFullName(), first.getDateOfBirth(),
                    first.getPhone(), first.getEmail(), first.getAddress());
            PersonMatch compared = compare(asFirst, first.getNameKey(), NameSounds.of(first.getFullName()), second);
            if (compared != null) {
                PersonMatch self = new PersonMatch(first.getId(), first.getFullName(), first.getDateOfBirth(),
                        compared.score(), compared.matching(), compared.differing());
                pairs.add(new PersonMatch[] {self, compared});
            }
        }
        return pairs;
    }

    /** The comparison of the details with one record, or null when it is not worth offering. */
    static PersonMatch compare(PersonDetails details, String nameKey, String sound, Person person) {
        List<String> matching = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        int score;
        if (nameKey.equals(person.getNameKey())) {
            score = NAME_SAME;
            matching.add("same name");
        } else if (similarNames(nameKey, sound, person)) {
            score = NAME_SIMILAR;
            matching.add("similar name");
        } else {
            return null;
        }
        if (details.dateOfBirth() != null && person.getDateOfBirth() != null) {
            if (!details.dateOfBirth().equals(person.getDateOfBirth())) {
                return null;
            }
            score += BIRTH_DATE;
            matching.add("same date of birth");
        } else {
            differing.add("date of birth not known on both");
        }
        score += contact(NameSounds.addressKey(details.address()), person.getAddressKey(), "address", matching, differing);
        score += contact(NameSounds.phoneKey(details.phone()), person.getPhoneKey(), "phone", matching, differing);
        score += contact(NameSounds.emailKey(details.email()), person.getEmailKey(), "e-mail", matching, differing);
        return new PersonMatch(person.getId(), person.getFullName(), person.getDateOfBirth(), score, matching, differing);
    }

    private static int contact(String given, String recorded, String what, List<String> matching,
                               List<String> differing) {
        if (given == null || recorded == null) {
            return 0;
        }
        if (given.equals(recorded)) {
            matching.add("same " + what);
            return CONTACT;
        }
        differing.add("different " + what);
        return 0;
    }

    /**
     * A spelling a few letters apart: sounding the same (Jon Smyth, John Smith) and at most a fifth of the letters
     * different, or any two names a typing slip apart (one letter in six). Sound alone is too loose: Soundex has only
     * a few thousand codes, and "Robin Tester" sounds like "Robert Tucker".
     */
    static boolean similarNames(String nameKey, String sound, Person person) {
        String other = person.getNameKey() == null ? "" : person.getNameKey();
        int shorter = Math.min(nameKey.length(), other.length());
        boolean sameSound = !sound.isEmpty() && sound.equals(person.getNameSound());
        int allowed = sameSound ? Math.max(2, shorter / 5) : Math.max(1, shorter / 6);
        return Math.abs(nameKey.length() - other.length()) <= allowed && distance(nameKey, other) <= allowed;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
