package org.csucasework.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps docs/benchmarks.md: each benchmark replaces its own section and leaves the others alone. */
final class BenchmarkReport {

    static final Path FILE = Path.of("docs/benchmarks.md");
    private static final String HEADER = """
            # Benchmarks

            Measured on this project's own machine kind by the benchmarks in `src/test/java/org/csucasework/benchmark`
            (never by timed assertions in tests). Each section says how to run it again.

            """;

    private BenchmarkReport() {
    }

    static synchronized void replaceSection(String title, String section) {
        try {
            String text = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : HEADER;
            String heading = "## " + title;
            int start = text.indexOf(heading);
            if (start < 0) {
                text = text.stripTrailing() + "\n\n" + section.strip() + "\n";
            } else {
                int end = text.indexOf("\n## ", start + heading.length());
                text = text.substring(0, start) + section.strip() + "\n" + (end < 0 ? "" : text.substring(end));
            }
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
