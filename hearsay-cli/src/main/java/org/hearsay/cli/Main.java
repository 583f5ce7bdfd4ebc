package org.hearsay.cli;

import java.io.PrintWriter;
import org.hearsay.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code hearsay} command. */
@Command(name = "hearsay",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Reads news and tells who says so, according to whom, about what, by when.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ClaimsCommand.class, ResolveCommand.class,
                TrackRecordCommand.class, TimelineCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Unexpected failures are bugs, not user errors: one line, stack trace only on request.
            err.println("hearsay: " + e);
            if (System.getenv("HEARSAY_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 3;
        });
        int code = cli.execute(args);
        // Reports are printed with print(), which an auto-flushing PrintWriter does not flush.
        out.flush();
        err.flush();
        return code;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"hearsay " + Version.get()};
        }
    }
}
