package org.csucasework.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit rows without ever making a thread hold two database connections at once (issue 20: a read held its
 * connection while the audit row waited for a second one, and 50 readers emptied the pool).
 *
 * <p>A row that belongs to the caller's change goes into the caller's writable transaction. A row that must be kept
 * whatever the caller's transaction does (a view in a read-only transaction, a refusal whose transaction rolls back)
 * is written at once in a short transaction when the thread holds no transaction; otherwise it waits on the thread
 * until the outermost call into one of our services has returned ({@link ServiceRefusalAuditor} marks that boundary,
 * outside the transaction advice), when the caller's connection is back in the pool. Only a transaction that was
 * begun outside every service of ours (the process engine's job executor) leaves its rows to its own completion,
 * written then in a transaction of their own.
 */
@Component
public class AuditWriter {

    private static final String INSERT = "insert into audit_event (occurred_at, username, action, record_type, "
            + "record_ref, reason) values (?, ?, ?, ?, ?, ?)";
    private static final ThreadLocal<List<Object[]>> PENDING = ThreadLocal.withInitial(ArrayList::new);
    private static final ThreadLocal<int[]> SERVICE_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    AuditWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether the row can go into the caller's transaction: there is one, and it may write. */
    public static boolean inWritableTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** In the caller's writable transaction: kept exactly when the caller's work commits. */
    public void writeInCallersTransaction(Object[] row) {
        jdbc.update(INSERT, row);
    }

    /** Kept whatever the caller's transaction does; written as soon as the thread holds no connection. */
    public void writeOnItsOwn(Object[] row) {
        PENDING.get().add(row);
        if (SERVICE_DEPTH.get()[0] == 0) {
            flushWhenFree();
        }
    }

    /** A call into one of our services begins; see {@link #leaveService()}. */
    void enterService() {
        SERVICE_DEPTH.get()[0]++;
    }

    /** A call into one of our services has ended, its own transaction with it. */
    void leaveService() {
        int[] depth = SERVICE_DEPTH.get();
        depth[0]--;
        if (depth[0] == 0) {
            SERVICE_DEPTH.remove();
            flushWhenFree();
        }
    }

    private void flushWhenFree() {
        if (PENDING.get().isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            flush();
        } else if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getSynchronizations().stream()
                .noneMatch(FlushAfterCompletion.class::isInstance)) {
            TransactionSynchronizationManager.registerSynchronization(new FlushAfterCompletion());
        }
    }

    private void flush() {
        List<Object[]> rows = List.copyOf(PENDING.get());
        PENDING.remove();
        ownTransaction.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, rows));
    }

    /**
     * For a transaction begun outside our services: its rows are written once it has ended, in a transaction of their
     * own (the connection of the ended one is still bound to the thread at that moment, so this is the one case that
     * briefly takes a second). Inside a service call the service boundary writes them instead, connection-free.
     */
    private final class FlushAfterCompletion implements TransactionSynchronization {
        @Override
        public void afterCompletion(int status) {
            if (SERVICE_DEPTH.get()[0] == 0 && !PENDING.get().isEmpty()) {
                flush();
            }
        }
    }
}
