package org.csucasework.dataprotection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.csucasework.dataprotection.internal.DataProtectionLog;
import org.csucasework.dataprotection.internal.PersonalDataModules;
import org.csucasework.dataprotection.internal.SubjectAccessPdf;
import org.csucasework.dataprotection.internal.SubjectAccessStore;
import org.csucasework.people.MatchKeys;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.personaldata.Erasure;
import org.csucasework.shared.personaldata.SubjectAccess;
import org.csucasework.shared.personaldata.SubjectAccessRecords.PersonRecord;
import org.csucasework.shared.ui.Names;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject access and erasure, for supervisors and administrators (CSU staff, who see every agency's records): find
 * a person, export everything held about them (PDF for the person, JSON for systems), or erase them with a reason.
 * Every export and erasure is recorded (who, when, about which person id, and the reason for an erasure).
 */
@Service
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
public class SubjectAccessService {

    /** Shorter reasons ("request") do not say enough for the record an auditor will read. */
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 2000;

    private final SubjectAccessStore store;
    private final PersonalDataModules personalData;
    private final DataProtectionLog record;
    private final ObjectMapper json;
    private final Clock clock;
    private final Names names;

    SubjectAccessService(SubjectAccessStore store, PersonalDataModules personalData, DataProtectionLog record,
                         ObjectMapper objectMapper, Clock clock, Names names) {
        this.store = store;
        this.personalData = personalData;
        this.record = record;
        this.json = objectMapper.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.clock = clock;
        this.names = names;
    }

    /** People whose name starts with the text typed (two characters at least). */
    @Transactional(readOnly = true)
    public List<PersonMatch> findPeople(String name) {
        String key = MatchKeys.of(name);
        if (key.length() < 2) {
            throw ValidationException.of("name", "Type at least two letters of the person's name");
        }
        return store.findByNameKey(key);
    }

    /** Everything held about the person; recorded as a subject access export. */
    @Transactional
    public SubjectAccessExport export(Long personId) {
        PersonRecord person = store.person(personId)
                .orElseThrow(() -> new NotFoundException("No person " + personId));
        Instant now = clock.instant();
        String actor = actor();
        SubjectAccess held = personalData.export(personId);
        SubjectAccessExport export = new SubjectAccessExport(now, actor, person, held.reports(), held.groups(),
                held.escalationCases(), held.maracReferrals(), held.caseReviews(), held.documents(),
                record.aboutPerson(personId));
        record.record(DataProtectionEvent.Kind.SUBJECT_ACCESS_EXPORT, personId, null,
                export.reports().size() + " reports, " + export.taskAndFinishGroups().size() + " groups, "
                        + export.escalationCases().size() + " escalation cases, "
                        + export.communityMaracReferrals().size() + " Community MARAC referrals, "
                        + export.caseReviews().size() + " ASB Case Reviews, "
                        + export.documents().size() + " documents", utc(now), actor);
        return export;
    }

    @Transactional
    public byte[] exportPdf(Long personId) {
        return SubjectAccessPdf.render(export(personId), names);
    }

    @Transactional
    public byte[] exportJson(Long personId) {
        try {
            return json.writeValueAsBytes(export(personId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The subject access export could not be written as JSON", e);
        }
    }

    /**
     * Erases the person: their details are overwritten, their name is taken out of the free text of every record
     * they are in, and their escalation cases lose the letter address, guardian details and letter PDFs. The
     * records themselves stay (figures count them). {@code expectedVersion} is the version the user looked at:
     * a person changed since is a conflict.
     */
    @Transactional
    public void erase(Long personId, long expectedVersion, String reason) {
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.length() < REASON_MIN) {
            throw ValidationException.of("reason", "Give the reason for the erasure (at least " + REASON_MIN
                    + " characters), for example the request and the decision on it");
        }
        if (trimmed.length() > REASON_MAX) {
            throw ValidationException.of("reason", "Keep the reason to " + REASON_MAX + " characters");
        }
        PersonRecord person = store.person(personId)
                .orElseThrow(() -> new NotFoundException("No person " + personId));
        if (person.anonymisedAt() != null) {
            throw new ConflictException("This person has been anonymised already");
        }
        LocalDateTime at = utc(clock.instant());
        // A person changed since the user looked is a conflict (the people module checks the version), and the
        // transaction is rolled back.
        personalData.erase(new Erasure(personId, expectedVersion, person.fullName(), at,
                personalData.recordsNaming(personId)));
        record.record(DataProtectionEvent.Kind.ERASURE, personId, trimmed, "Person record " + personId
                + " erased", at, actor());
    }

    /** The data protection record of one person (exports and erasures). */
    @Transactional(readOnly = true)
    public List<DataProtectionEvent> history(Long personId) {
        return record.aboutPerson(personId);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
