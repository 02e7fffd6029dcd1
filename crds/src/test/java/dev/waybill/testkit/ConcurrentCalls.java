package dev.waybill.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same check from several threads at once and counts the calls whose result was wrong. */
public final class ConcurrentCalls {

    /** A check of one call: given the thread's index and the iteration, true when the result was right. */
    public interface Call {
        boolean correct(int thread, int iteration) throws Exception;
    }

    private ConcurrentCalls() {
    }

    public static int countWrong(int threads, int iterations, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(worker(t, iterations, call, start)));
            }
            // Released together so that the calls really overlap.
            start.countDown();
            int wrong = 0;
            for (Future<Integer> result : results) {
                wrong += result.get(60, TimeUnit.SECONDS);
            }
            return wrong;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Integer> worker(int thread, int iterations, Call call, CountDownLatch start) {
        return () -> {
            start.await();
            int wrong = 0;
            for (int i = 0; i < iterations; i++) {
                wrong += call.correct(thread, i) ? 0 : 1;
            }
            return wrong;
        };
    }
}
