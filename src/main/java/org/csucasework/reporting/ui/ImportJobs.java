package org.csucasework.reporting.ui;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.ImportProgress;
import org.csucasework.intake.ImportResult;
import org.csucasework.intake.ReportImportService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Runs historic imports in the background, as the user who started them, so that the screen stays responsive and
 * can show the import's progress (it polls the {@link Job}). At most two imports run at once.
 */
@Component
@RequiredArgsConstructor
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ReportImportService imports;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "report-import-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    Job start(byte[] csv, SecurityContext user) {
        Job job = new Job();
        executor.execute(new DelegatingSecurityContextRunnable(() -> job.run(imports, csv), user));
        return job;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** One import: where it has got to, and how it ended. Written by the import's thread, read by the screen's. */
    static final class Job implements ImportProgress {

        volatile String phase = "Reading the file";
        volatile long done;
        volatile long total;
        volatile boolean finished;
        volatile ImportResult result;
        volatile List<FieldError> errors = List.of();
        volatile String failure;

        private void run(ReportImportService imports, byte[] csv) {
            try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
                result = imports.importCsv(reader, this);
            } catch (ValidationException invalid) {
                errors = invalid.errors();
            } catch (Exception e) {
                log.warn("A historic import failed", e);
                failure = "The import failed: " + e.getMessage() + ". Nothing was stored.";
            } finally {
                finished = true;
            }
        }

        @Override
        public void update(String phase, long done, long total) {
            this.phase = phase;
            this.done = done;
            this.total = total;
        }

        /** 0 to 1: checking is the first half of the work, saving the second. */
        double fraction() {
            if (finished) {
                return 1;
            }
            if (total == 0) {
                return 0;
            }
            double part = Math.min(1, (double) done / total) / 2;
            return "Saving".equals(phase) ? 0.5 + part : part;
        }
    }
}
