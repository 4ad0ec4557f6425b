package org.csucasework.reference.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.reference.Agency;
import org.csucasework.reference.Category;
import org.csucasework.reference.EscalationStage;
import org.csucasework.reference.MaracCriterion;
import org.csucasework.reference.Outcome;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceEntity;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.Ward;
import org.csucasework.shared.ui.Names;
import org.springframework.stereotype.Component;

/**
 * The UI kit's names for codes, from the reference data. Each list is read once and kept briefly: a grid asks for a
 * name per row, and a renamed agency may show its old name for a few seconds, which harms no one.
 */
@Component
@RequiredArgsConstructor
class ReferenceNames implements Names {

    private static final Duration KEEP = Duration.ofSeconds(30);
    /** A code not in the list may have been added a moment ago; look again, but not for every row of a grid. */
    private static final Duration MISS = Duration.ofSeconds(2);

    private final ReferenceDataService referenceData;
    private final Clock clock;
    private final Map<ReferenceType<?>, Snapshot> snapshots = new ConcurrentHashMap<>();

    private record Snapshot(Map<String, String> names, Instant readAt) {
    }

    @Override
    public String agency(String code) {
        return name(ReferenceType.AGENCIES, Agency::getName, code);
    }

    @Override
    public String ward(String onsCode) {
        return name(ReferenceType.WARDS, Ward::getName, onsCode);
    }

    @Override
    public String category(String code) {
        return name(ReferenceType.CATEGORIES, Category::getName, code);
    }

    @Override
    public String maracCriterion(String code) {
        return name(ReferenceType.MARAC_CRITERIA, MaracCriterion::getLabel, code);
    }

    @Override
    public String outcome(String code) {
        return name(ReferenceType.OUTCOMES, Outcome::getLabel, code);
    }

    @Override
    public String escalationStage(String code) {
        return name(ReferenceType.ESCALATION_LADDER, EscalationStage::getLabel, code);
    }

    private <T extends ReferenceEntity> String name(ReferenceType<T> type, Function<T, String> nameOf, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Instant now = clock.instant();
        Snapshot snapshot = snapshots.get(type);
        if (snapshot == null || snapshot.readAt().plus(KEEP).isBefore(now) || snapshot.readAt().isAfter(now)
                || !snapshot.names().containsKey(code) && snapshot.readAt().plus(MISS).isBefore(now)) {
            snapshot = new Snapshot(referenceData.list(type).stream()
                    .filter(record -> record.getCode() != null && nameOf.apply(record) != null)
                    .collect(Collectors.toUnmodifiableMap(ReferenceEntity::getCode, nameOf, (a, b) -> a)), now);
            snapshots.put(type, snapshot);
        }
        return snapshot.names().getOrDefault(code, code);
    }
}
