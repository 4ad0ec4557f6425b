package org.csucasework.people;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.people.internal.PeopleSearch;
import org.csucasework.people.internal.PersonMatcher;
import org.csucasework.people.internal.PersonRepository;
import org.csucasework.people.internal.PlaceBulkWriter;
import org.csucasework.people.internal.PlaceRepository;
import org.csucasework.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each person and place once. Reports link them through {@link #resolvePerson} and {@link #resolvePlace};
 * the intake form offers {@link #suggestPeople} and {@link #suggestPlaces} while the user types.
 */
@Service
public class PeopleService {

    static final int SUGGESTIONS = 10;
    /** The most possible matches offered for one person. */
    public static final int MATCH_OFFERS = 5;

    private final PersonRepository people;
    private final PlaceRepository places;
    private final PlaceBulkWriter bulkPlaces;
    private final PersonMatcher matcher;
    private final AuditTrail audit;
    private final Clock clock;
    private final PeopleSearch search;

    PeopleService(PersonRepository people, PlaceRepository places, PlaceBulkWriter bulkPlaces, PersonMatcher matcher,
                  AuditTrail audit, Clock clock, PeopleSearch search) {
        this.matcher = matcher;
        this.search = search;
        this.people = people;
        this.audit = audit;
        this.places = places;
        this.bulkPlaces = bulkPlaces;
        this.clock = clock;
    }

    /**
     * The person on record for these details: the one chosen by id (whose missing details are then filled in from
     * these, and whose phone and e-mail are replaced by those given now: the user chose that record), else a new
     * record. A person named without an id is never attached to another record, nor are their details copied onto
     * one: records that may be the same person are offered by {@link #possibleMatches} for the user to choose, and
     * duplicates are merged by a supervisor (decision 0020).
     */
    @Transactional
    public Person resolvePerson(PersonDetails details) {
        if (details.personId() != null) {
            Person person = people.findById(details.personId())
                    .orElseThrow(() -> new NotFoundException("No such person"));
            if (person.getMergedIntoId() != null) {
                // A record chosen from a list shown before a merge: the report goes to the record that was kept.
                person = people.findById(person.getMergedIntoId()).orElse(person);
            }
            // The person was chosen from the record: a phone or e-mail given now is the newest way to reach them.
            if (person.replaceContact(blankToNull(details.phone()), blankToNull(details.email()))) {
                audit.changed(AuditRecordType.PERSON, person.getId(), "Contact details replaced by newer ones");
            }
            addMissingDetails(person, details);
            return person;
        }
        Person created = people.save(new Person(details.fullName(), details.dateOfBirth(), blankToNull(details.phone()),
                blankToNull(details.email()), blankToNull(details.address()), clock.instant()));
        audit.created(AuditRecordType.PERSON, created.getId(), null);
        return created;
    }

    /**
     * The people on record who may be the person described, likeliest first, each with what matches and what does
     * not; the record given by {@code personId} itself is left out. For offering ("is this the same person?"), never
     * for linking without the user's choice. Reads only; any module matching people (intake, Case Review) uses this.
     */
    @Transactional(readOnly = true)
    public List<PersonMatch> possibleMatches(PersonDetails details) {
        if (details == null) {
            return List.of();
        }
        return matcher.matches(details, MATCH_OFFERS);
    }

    /** Fills in what the chosen record lacks; what it has is never overwritten (decision 0020). */
    private void addMissingDetails(Person person, PersonDetails details) {
        boolean lacking = (person.getDateOfBirth() == null && details.dateOfBirth() != null)
                || (person.getPhone() == null && blankToNull(details.phone()) != null)
                || (person.getEmail() == null && blankToNull(details.email()) != null)
                || (person.getAddress() == null && blankToNull(details.address()) != null);
        if (lacking) {
            person.addMissingDetails(details.dateOfBirth(), blankToNull(details.phone()), blankToNull(details.email()),
                    blankToNull(details.address()));
            audit.changed(AuditRecordType.PERSON, person.getId(), "Missing details added where there were none");
        }
    }

    /** The place chosen by id, else the one with the same address or name, else a new place in the given ward. */
    @Transactional
    public Place resolvePlace(Long placeId, String label, String wardCode) {
        if (placeId != null) {
            return places.findById(placeId).orElseThrow(() -> new NotFoundException("No such place"));
        }
        return places.findFirstByLabelKeyOrderById(MatchKeys.of(label)).orElseGet(() -> {
            Place created = places.save(new Place(label, wardCode, clock.instant()));
            audit.created(AuditRecordType.PLACE, created.getId(), null);
            return created;
        });
    }

    /**
     * The places for many locations at once, for historic imports: each matched like {@link #resolvePlace} (by its
     * address key, {@link MatchKeys#of}), the missing ones recorded together. Returns the place id per address key.
     */
    @Transactional
    public Map<String, Long> resolvePlaces(Collection<PlaceDraft> drafts) {
        return bulkPlaces.resolve(drafts, clock.instant());
    }

    /**
     * People whose name contains the text typed anywhere (a surname finds them as well as a first name), those
     * starting with it first; for CSU staff, who work across all agencies' reports.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Person> suggestPeople(String text) {
        String key = MatchKeys.of(text);
        if (key.length() < 2) {
            return List.of();
        }
        return people.findByNameContaining(key, PageRequest.of(0, SUGGESTIONS));
    }

    /** Places whose address or name contains the text typed. */
    @Transactional(readOnly = true)
    public List<Place> suggestPlaces(String text) {
        String key = MatchKeys.of(text);
        if (key.length() < 3) {
            return List.of();
        }
        return places.findByLabelContaining(key, PageRequest.of(0, SUGGESTIONS));
    }

    @Transactional(readOnly = true)
    public Optional<Person> person(Long id) {
        return id == null ? Optional.empty() : people.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Place> place(Long id) {
        return id == null ? Optional.empty() : places.findById(id);
    }

    /** The labels of these places by id, read with one query (for lists of reports; unknown ids are left out). */
    @Transactional(readOnly = true)
    public Map<Long, String> placeLabels(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return places.findAllById(wanted).stream().collect(Collectors.toMap(Place::getId, Place::getLabel));
    }

    /**
     * People whose name contains the text, or has each word typed within a letter (decision 0019), those containing
     * it first: for the search of cases, which shows only the cases the user may see, never the people themselves.
     */
    @Transactional(readOnly = true)
    public List<NameMatch> findPeopleByName(String text, int limit) {
        return search.people(text, limit);
    }

    /** Places whose address or name contains the text: for the search of cases, like {@link #findPeopleByName}. */
    @Transactional(readOnly = true)
    public List<NameMatch> findPlaces(String text, int limit) {
        return search.places(text, limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
