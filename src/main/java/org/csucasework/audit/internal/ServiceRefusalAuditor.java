package org.csucasework.audit.internal;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Records every refusal a service of ours makes itself ({@code throw new AccessDeniedException(...)} after looking at
 * the record: not the lead of this group, not the owning agency, ...). Refusals by {@code @PreAuthorize} are
 * recorded from Spring Security's event instead, and a refusal passing up through several services is recorded once.
 *
 * <p>It runs outside the transaction advice, so it also marks where the outermost service call (and its transaction)
 * has ended: the {@link AuditWriter} writes the rows it kept back there, when the caller's connection is free.
 */
class ServiceRefusalAuditor implements MethodInterceptor {

    private static final ThreadLocal<Throwable> LAST_RECORDED = new ThreadLocal<>();

    /** Looked up on the first refusal: the advisor exists before the audit trail's own bean does. */
    private final ObjectProvider<AuditTrail> trail;
    private final ObjectProvider<AuditWriter> writer;

    ServiceRefusalAuditor(ObjectProvider<AuditTrail> trail, ObjectProvider<AuditWriter> writer) {
        this.trail = trail;
        this.writer = writer;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        AuditWriter rows = writer.getObject();
        rows.enterService();
        try {
            return invocation.proceed();
        } catch (AccessDeniedException e) {
            if (!(e instanceof AuthorizationDeniedException) && LAST_RECORDED.get() != e) {
                LAST_RECORDED.set(e);
                trail.getObject().refused(AuditRecordType.REQUEST, invocation.getMethod().getDeclaringClass().getSimpleName()
                        + "." + invocation.getMethod().getName(), e.getMessage());
            }
            throw e;
        } finally {
            rows.leaveService();
        }
    }
}
