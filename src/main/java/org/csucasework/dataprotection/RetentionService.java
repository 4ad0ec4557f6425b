package org.csucasework.dataprotection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.csucasework.dataprotection.internal.DataProtectionLog;
import org.csucasework.dataprotection.internal.JobLock;
import org.csucasework.dataprotection.internal.PersonalDataModules;
import org.csucasework.dataprotection.internal.RetentionStore.Cutoffs;
import org.csucasework.dataprotection.internal.RetentionStore;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.personaldata.PastRetention;
import org.csucasework.shared.personaldata.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention policy (docs/decisions/0011): closed reports, Task and Finish Groups and escalation cases older than
 * their configured age ({@link RetentionProperties}) lose their personal data, and the people in them are
 * anonymised once no kept record names them. Administrators look at a dry run first and may then run it at once;
 * otherwise the nightly job ({@code casework.retention.cron}) runs it, on one node at a time.
 */
@Service
public class RetentionService {

    static final String JOB = "retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);
    /** Records anonymised per transaction: a first run over years of records does not hold one huge transaction. */
    private static final int BATCH = 500;
    /** Long enough for any run; a node that dies mid-run frees the job after this. */
    private static final Duration LEASE = Duration.ofHours(2);

    private final RetentionProperties properties;
    private final RetentionStore store;
    private final PersonalDataModules personalData;
    private final DataProtectionLog record;
    private final JobLock lock;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionService(RetentionProperties properties, RetentionStore store, PersonalDataModules personalData,
                     DataProtectionLog record, JobLock lock, PlatformTransactionManager transactionManager,
                     Clock clock) {
        this.properties = properties;
        this.store = store;
        this.personalData = personalData;
        this.record = record;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public RetentionProperties policy() {
        return properties;
    }

    /** What a run would anonymise now, changing nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public RetentionPlan dryRun() {
        Instant now = clock.instant();
        Cutoffs cutoffs = cutoffs(now);
        List<RetentionCandidate> shown = store.candidates(cutoffs, RetentionPlan.SHOWN);
        return new RetentionPlan(now, shown, store.countReports(cutoffs), store.countTaskGroups(cutoffs),
                store.countEscalationCases(cutoffs), store.countPeople(cutoffs));
    }

    /** Runs the policy now, for an administrator who has looked at the dry run. */
    @PreAuthorize("hasRole('ADMIN')")
    public RetentionResult runNow() {
        return runLocked(actor());
    }

    /** The scheduled run (no user signed in): skipped quietly when another node is running it. */
    RetentionResult runScheduled() {
        return runLocked("system");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DataProtectionEvent> recentEvents() {
        return record.recent(50);
    }

    private RetentionResult runLocked(String actor) {
        if (!lock.tryLock(JOB, LEASE)) {
            throw new ConflictException("A retention run is in progress already; try again when it has finished");
        }
        try {
            return run(actor);
        } finally {
            lock.unlock(JOB);
        }
    }

    private RetentionResult run(String actor) {
        Instant now = clock.instant();
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Cutoffs cutoffs = cutoffs(now);
        // People first: the people query counts records past age as gone already, so it finds the same people before
        // the records are anonymised as after. A run interrupted between batches is completed by the next run.
        long people = batches(() -> store.peopleWithNothingKept(cutoffs), ids -> {
            personalData.anonymise(new PastRetention(RecordType.PERSON, ids, at));
            return ids.size();
        });
        long reports = kind(RecordKind.REPORT, cutoffs, at);
        long groups = kind(RecordKind.TASK_AND_FINISH_GROUP, cutoffs, at);
        long cases = kind(RecordKind.ESCALATION_CASE, cutoffs, at);
        RetentionResult result = new RetentionResult(now, reports, groups, cases, people);
        transactions.executeWithoutResult(status -> record.record(DataProtectionEvent.Kind.RETENTION_RUN, null, null,
                result.summary() + " anonymised (closed before: reports " + cutoffs.reports().toLocalDate()
                        + ", groups " + cutoffs.taskGroups().toLocalDate() + ", escalation cases "
                        + cutoffs.escalationCases().toLocalDate() + ")", at, actor));
        log.info("Retention run: {} anonymised", result.summary());
        return result;
    }

    private long kind(RecordKind kind, Cutoffs cutoffs, LocalDateTime at) {
        return batches(() -> store.candidates(cutoffs, BATCH).stream().filter(c -> c.kind() == kind)
                .map(RetentionCandidate::id).toList(), ids -> {
            personalData.anonymise(new PastRetention(kind.type(), ids, at));
            return ids.size();
        });
    }

    /** Takes the next batch and anonymises it, one transaction each, until none is left. */
    private long batches(Supplier<List<Long>> next, Function<List<Long>, Integer> anonymise) {
        long total = 0;
        while (true) {
            Integer done = transactions.execute(status -> {
                List<Long> ids = next.get();
                return ids.isEmpty() ? 0 : anonymise.apply(ids.subList(0, Math.min(BATCH, ids.size())));
            });
            if (done == null || done == 0) {
                return total;
            }
            total += done;
        }
    }

    private Cutoffs cutoffs(Instant now) {
        LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        return new Cutoffs(utc.minus(properties.reports()), utc.minus(properties.taskGroups()),
                utc.minus(properties.escalationCases()));
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
