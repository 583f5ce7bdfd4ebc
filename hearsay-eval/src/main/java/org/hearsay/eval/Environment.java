package org.hearsay.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where a measurement was taken, printed with every report so that its figures can be
 * reproduced (or explained: the load average tells whether other work shared the machine).
 */
public record Environment(String date, String jvm, String os, String cpu, int cores, String loadAverage) {

    public static Environment current() {
        return new Environment(
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vm.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                readCpuModel(),
                Runtime.getRuntime().availableProcessors(),
                currentLoadAverage());
    }

    private static String readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The 1, 5 and 15 minute load averages, from /proc/loadavg. */
    public static String currentLoadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    public String toText() {
        return "date " + date + "\njvm  " + jvm + "\nos   " + os + "\ncpu  " + cpu + " x" + cores
                + " (load average " + loadAverage + " at start)\n";
    }
}
