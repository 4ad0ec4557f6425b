package org.csucasework.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The machine's one-minute load average, sampled every five seconds while a benchmark runs: with other work on the
 * machine the numbers mean less, and the report says so. On a 2-core machine, a load above 2 before the benchmark
 * starts means something else is competing for the CPUs.
 */
final class LoadAverage implements AutoCloseable {

    private final List<Double> samples = new ArrayList<>();
    private final double atStart = read();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "load-average");
        thread.setDaemon(true);
        return thread;
    });

    LoadAverage() {
        sampler.scheduleAtFixedRate(() -> {
            double load = read();
            synchronized (samples) {
                samples.add(load);
            }
        }, 0, 5, TimeUnit.SECONDS);
    }

    /** The load before and during the run, for example: 1.2 before the run, mean 2.3, highest 3.1 (2 cores). */
    String summary() {
        List<Double> copy;
        synchronized (samples) {
            copy = new ArrayList<>(samples);
        }
        double mean = copy.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double max = copy.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%.2f before the run, mean %.2f, highest %.2f during it (one-minute load "
                + "average, %d cores)", atStart, mean, max, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    private static double read() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
