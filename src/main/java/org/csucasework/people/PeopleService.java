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

    private final PersonRepository people;
    private final PlaceRepository places;
    private final PlaceBulkWriter bulkPlaces;
    private final AuditTrail audit;
    private final Clock clock;
    private final PeopleSearch search;

    PeopleService(PersonRepository people, PlaceRepository places, PlaceBulkWriter bulkPlaces, AuditTrail audit,
                  Clock clock, PeopleSearch search) {
        this.search = search;
        this.people = people;
        this.audit = audit;
        this.places = places;
        this.bulkPlaces = bulkPlaces;
        this.clock = clock;
    }

    /**
     * The person on record for these details: the one chosen by id, else one with the same name and date of birth
     * (or the same name where neither has a date of birth), else a new record. Missing contact details are added;
     * a chosen person's phone and e-mail are replaced by those given now.
     */
    @Transactional
    public Person resolvePerson(PersonDetails details) {
        if (details.personId() != null) {
            Person person = people.findById(details.personId())
                    .orElseThrow(() -> new NotFoundException("No such person"));
            // The person was chosen from the record: a phone or e-mail given now is the newest way to reach them.
            if (person.replaceContact(blankToNull(details.phone()), blankToNull(details.email()))) {
                audit.changed(AuditRecordType.PERSON, person.getId(), "Contact details replaced by newer ones");
            }
            addMissingDetails(person, details);
            return person;
        }
        String key = MatchKeys.of(details.fullName());
        List<Person> matches = details.dateOfBirth() == null
                ? people.findMatchesWithoutBirthDate(key)
                : people.findByNameAndBirthDate(key, details.dateOfBirth());
        if (!matches.isEmpty()) {
            Person person = matches.get(0);
            addMissingDetails(person, details);
            return person;
        }
        Person created = people.save(new Person(details.fullName(), details.dateOfBirth(), blankToNull(details.phone()),
                blankToNull(details.email()), blankToNull(details.address()), clock.instant()));
        audit.created(AuditRecordType.PERSON, created.getId(), null);
        return created;
    }

    private void addMissingDetails(Person person, PersonDetails details) {
        person.addMissingDetails(details.dateOfBirth(), blankToNull(details.phone()), blankToNull(details.email()),
                blankToNull(details.address()));
        if (details.dateOfBirth() != null || blankToNull(details.phone()) != null || blankToNull(details.email()) != null
                || blankToNull(details.address()) != null) {
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

    /** People whose name starts with the text typed; for CSU staff, who work across all agencies' reports. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Person> suggestPeople(String text) {
        String key = MatchKeys.of(text);
        if (key.length() < 2) {
            return List.of();
        }
        return people.findByNamePrefix(key, PageRequest.of(0, SUGGESTIONS));
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
