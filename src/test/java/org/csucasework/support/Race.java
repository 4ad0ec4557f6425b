package org.csucasework.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs several tasks on threads of their own, released together, and collects what each returned or threw. */
public final class Race {

    private Race() {
    }

    /** What one racer ended with: a value, or the exception it threw. */
    public record Outcome<T>(T value, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    public static <T> List<Outcome<T>> run(int racers, IntFunction<Callable<T>> racer) {
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<T> task = racer.apply(i);
                futures.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(180, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                }
            }
            return outcomes;
        } catch (Exception e) {
            throw new IllegalStateException("The race did not finish: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }
}
