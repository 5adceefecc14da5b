package jp.pdcaledger.benchmark;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code --profile}: the app runs under Java Flight Recorder from its start (written to {@code benchmark/target/app.jfr}
 * when it stops), and what it sampled during the write phase alone is summed up here, so that what limits the writes
 * is named from a profile, not guessed.
 */
final class FlightRecording {

    private static final int TOP = 15;
    private static final String OWN_CODE = "jp.pdcaledger.";
    private static final Pattern HIDDEN_CLASS_SUFFIX = Pattern.compile("(\\$\\$Lambda)?(\\$\\d+)?\\+0x\\p{XDigit}+(\\.\\d+)?$");

    private final Path file;

    FlightRecording(Path file) {
        this.file = file;
    }

    /**
     * The app's JVM options: the JDK's "profile" settings (a Java sample every 10 ms per running thread), and stacks
     * kept to 256 frames, as the default 64 would cut a request's stack below Spring's filters and lose the controller.
     */
    List<String> jvmOptions() {
        return List.of("-XX:FlightRecorderOptions:stackdepth=256",
                "-XX:StartFlightRecording=name=benchmark,settings=profile,dumponexit=true,filename="
                + file.toAbsolutePath());
    }

    /**
     * The top frames by samples between {@code from} and {@code to}: where the CPU was (the frame on top of each
     * sampled stack), and which of the project's own methods were on the stack (each counted once per sample).
     */
    void printTopFrames(Instant from, Instant to) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        int samples = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                        || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)
                        || event.getStackTrace() == null || event.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                self.merge(name(frames.get(0)), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String name = name(frame);
                    if (name.startsWith(OWN_CODE) && seen.add(name)) {
                        own.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        Benchmark.print("profile of the app during the write phase (%s): %,d Java samples", file, samples);
        print("top %d frames (on top of the stack)".formatted(TOP), self, samples);
        print("top %d of the project's methods (anywhere on the stack)".formatted(TOP), own, samples);
    }

    private static void print(String title, Map<String, Integer> counts, int samples) {
        Benchmark.print("  %s:", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .forEach(entry -> Benchmark.print("  %,7d  %5.1f %%  %s", entry.getValue(),
                        100.0 * entry.getValue() / Math.max(1, samples), entry.getKey()));
    }

    /**
     * Class and method; a hidden class (a lambda, a LambdaForm) loses its per-run number and address, which would only
     * tell runs apart.
     */
    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        String type = method.getType().getName();
        java.util.regex.Matcher hidden = HIDDEN_CLASS_SUFFIX.matcher(type);
        if (hidden.find()) {
            type = type.substring(0, hidden.start()) + (hidden.group(1) != null ? "$$Lambda" : "");
        }
        return type + "." + method.getName();
    }
}
