package org.csucasework.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a benchmark ran on, for its section of docs/benchmarks.md: cores, memory, CPU, Java and PostgreSQL. */
final class MachineInfo {

    private MachineInfo() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        long memoryKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(cpu);
            memoryKb = Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("MemTotal")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException ignored) {
            // not Linux: the CPU and memory stay unknown
        }
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB memory, Java %s (%s)",
                Runtime.getRuntime().availableProcessors(), cpu, memoryKb / 1024.0 / 1024.0,
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    static String describe(JdbcTemplate jdbc) {
        return describe() + ", PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
                + " on the same machine";
    }
}
