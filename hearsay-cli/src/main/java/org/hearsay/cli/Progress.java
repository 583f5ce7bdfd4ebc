package org.hearsay.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on stderr: an animated bar when stderr is a terminal (the launcher
 * tells us, since the JVM cannot know reliably), nothing otherwise so logs stay clean.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, long total) {
        if (!Boolean.getBoolean("hearsay.stderrTerminal")) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .build();
        return new Progress(bar);
    }

    void step(String message) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(message);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
