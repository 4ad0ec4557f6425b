package org.csucasework.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.people.internal.PersonMatcher;
import org.csucasework.people.internal.PersonMergeRepository;
import org.csucasework.people.internal.PersonRepository;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors' duplicates review (decision 0020): merge two records of one person (every reference moves to the
 * record kept, through each module's {@link PersonReferences}), split reports off a record that mixes two people, and
 * undo either exactly. Every change is audited with its reason.
 */
@Service
public class DuplicatesService {

    public static final int REASON_LENGTH = 1000;
    /** The most pairs the review lists at once: the newest first; a name narrows them. */
    public static final int PAIRS_SHOWN = 30;

    private final PersonRepository people;
    private final PersonMergeRepository merges;
    private final Map<String, PersonReferences> references;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;

    private final PersonMatcher matcher;
    private final List<PersonFacts> facts;

    /** The most merges and splits listed for undoing. */
    public static final int CHANGES_SHOWN = 20;

    DuplicatesService(PersonRepository people, PersonMergeRepository merges, List<PersonReferences> references,
                      UserService users, AuditTrail audit, PersonMatcher matcher, Clock clock,
                      List<PersonFacts> facts) {
        this.facts = facts;
        this.matcher = matcher;
        this.people = people;
        this.merges = merges;
        this.references = references.stream().collect(Collectors.toMap(PersonReferences::name, Function.identity()));
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Merges {@code mergedId} into {@code keptId}: its references move, it is no longer offered or listed. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public PersonMerge merge(Long keptId, Long mergedId, String reason) {
        List<FieldError> errors = new ArrayList<>();
        checkReason(reason, errors);
        Person kept = inUse(keptId, "keptId", errors);
        Person merged = inUse(mergedId, "mergedId", errors);
        if (kept != null && kept.getId().equals(mergedId)) {
            errors.add(new FieldError("mergedId", "Choose two different records"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        PersonMerge merge = new PersonMerge(PersonMerge.Kind.MERGE, merged.getId(), kept.getId(), reason.strip(),
                clock.instant(), actor());
        references.forEach((name, module) -> merge.moved(name, module.move(merged.getId(), kept.getId(), null)));
        merged.mergeInto(kept.getId());
        merges.saveAndFlush(merge);
        audit.changed(AuditRecordType.PERSON, merged.getId(), "Merged into person " + kept.getId());
        audit.changed(AuditRecordType.PERSON, kept.getId(), "Person " + merged.getId() + " merged into this record");
        return merge;
    }

    /**
     * Moves these reports of a record that mixes two people to a new record of the same name (the details the
     * supervisor can then correct on the new record are left empty: they belong to the record split).
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public PersonMerge split(Long personId, Collection<Long> reportIds, String reason) {
        List<FieldError> errors = new ArrayList<>();
        checkReason(reason, errors);
        Person person = inUse(personId, "personId", errors);
        if (reportIds == null || reportIds.isEmpty()) {
            errors.add(new FieldError("reportIds", "Choose the reports that are about the other person"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Person created = people.save(new Person(person.getFullName(), null, null, null, null, clock.instant()));
        audit.created(AuditRecordType.PERSON, created.getId(), "Split from person " + person.getId());
        PersonMerge split = new PersonMerge(PersonMerge.Kind.SPLIT, person.getId(), created.getId(), reason.strip(),
                clock.instant(), actor());
        references.forEach((name, module) -> split.moved(name, module.move(person.getId(), created.getId(),
                List.copyOf(reportIds))));
        merges.saveAndFlush(split);
        audit.changed(AuditRecordType.PERSON, person.getId(), "Reports split off to person " + created.getId());
        return split;
    }

    /**
     * Pairs of records that look alike, newest first, side by side with what matches and what does not; a name (any
     * part of it: "smith" finds John Smith) narrows them.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<DuplicatePair> likelyPairs(String nameContains) {
        Map<Long, Person> byId = new java.util.HashMap<>();
        List<org.csucasework.people.PersonMatch[]> pairs = matcher.likelyPairs(MatchKeys.of(nameContains), PAIRS_SHOWN);
        people.findAllById(pairs.stream().flatMap(pair -> java.util.stream.Stream.of(pair[0].personId(),
                pair[1].personId())).toList()).forEach(person -> byId.put(person.getId(), person));
        return pairs.stream().map(pair -> new DuplicatePair(byId.get(pair[0].personId()), byId.get(pair[1].personId()),
                pair[1].matching(), pair[1].differing())).toList();
    }

    /** Undoes a merge or split: exactly the references it moved go back, and a merged record is in use again. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void undo(Long mergeId) {
        PersonMerge merge = merges.findById(mergeId).orElseThrow(() -> new NotFoundException("No such merge"));
        if (merge.isUndone()) {
            throw ValidationException.of("mergeId", "This was already undone");
        }
        Map<String, List<String>> byModule = merge.getMoves().stream().collect(Collectors.groupingBy(
                PersonMerge.Move::module, Collectors.mapping(PersonMerge.Move::token, Collectors.toList())));
        byModule.forEach((name, tokens) -> {
            PersonReferences module = references.get(name);
            if (module == null) {
                throw new IllegalStateException("No module holds the references " + name);
            }
            module.moveBack(tokens, merge.getFromPersonId());
        });
        if (merge.getKind() == PersonMerge.Kind.MERGE) {
            people.findById(merge.getFromPersonId()).ifPresent(Person::unmerge);
        }
        merge.undo(clock.instant(), actor());
        merges.flush();
        audit.changed(AuditRecordType.PERSON, merge.getFromPersonId(), merge.getKind() + " " + mergeId + " undone");
    }

    /**
     * The merges and splits that can still be undone (not undone yet), newest first, with the people by name: any of
     * them can be undone, not only the last.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<RecentChange> undoable() {
        List<PersonMerge> found = merges.findByUndoneAtIsNullOrderByDoneAtDescIdDesc(
                org.springframework.data.domain.PageRequest.of(0, CHANGES_SHOWN));
        Map<Long, Person> byId = new java.util.HashMap<>();
        people.findAllById(found.stream().flatMap(m -> java.util.stream.Stream.of(m.getFromPersonId(),
                m.getToPersonId())).distinct().toList()).forEach(person -> byId.put(person.getId(), person));
        return found.stream().map(m -> new RecentChange(m.getId(), m.getKind(), byId.get(m.getFromPersonId()),
                byId.get(m.getToPersonId()), m.getReason(), m.getDoneAt(), m.getDoneBy())).toList();
    }

    /** A merge or split that can be undone: the record it moved from and to, why, when and by whom. */
    public record RecentChange(Long id, PersonMerge.Kind kind, Person from, Person to, String reason,
                               java.time.Instant doneAt, String doneBy) {
    }

    /** The reports naming the person, newest first: what a supervisor chooses from to split the record. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<PersonFacts.PersonReport> reportsOf(Long personId) {
        return facts.stream().flatMap(f -> f.reportsOf(personId).stream()).toList();
    }

    /** What these people's reports mark them as, by person id (repeat victim, possible hate incident). */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public Map<Long, List<PersonFacts.Marker>> markersOf(Collection<Long> personIds) {
        Map<Long, List<PersonFacts.Marker>> markers = new java.util.HashMap<>();
        facts.forEach(f -> f.markersOf(personIds).forEach((id, marked) -> markers.merge(id, marked,
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList())));
        return markers;
    }

    private Person inUse(Long id, String field, List<FieldError> errors) {
        Person person = id == null ? null : people.findById(id).orElse(null);
        if (person == null) {
            errors.add(new FieldError(field, "No such person"));
            return null;
        }
        if (person.getMergedIntoId() != null || person.isAnonymised()) {
            errors.add(new FieldError(field, "This record is merged or anonymised: choose a record in use"));
            return null;
        }
        return person;
    }

    private static void checkReason(String reason, List<FieldError> errors) {
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "Say why (what shows these are the same, or different, people)"));
        } else if (reason.length() > REASON_LENGTH) {
            errors.add(new FieldError("reason", "At most " + REASON_LENGTH + " characters"));
        }
    }

    private String actor() {
        return users.currentUser().map(CurrentUser::username).orElse("system");
    }
}
