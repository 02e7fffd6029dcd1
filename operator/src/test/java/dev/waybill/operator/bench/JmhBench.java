package dev.waybill.operator.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the JMH benchmarks of the hot code (make bench, never make test); JMH prints its own report. */
class JmhBench {

    @Test
    void hotCode() throws RunnerException {
        new Runner(new OptionsBuilder().include("dev\\.waybill\\.operator\\..*Bench\\.").build()).run();
    }
}
