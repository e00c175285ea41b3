package nl.waardevol.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import nl.waardevol.codebook.CodebookException;
import nl.waardevol.read.InputProblem;
import nl.waardevol.text.Controls;
import nl.waardevol.write.OutputProblem;
import picocli.CommandLine;

/**
 * The command line, runnable in-process: it takes its streams as parameters and returns an exit
 * code, so that tests run it like a user would and only {@link Main} exits the JVM.
 */
public final class Waardevol {
  private final Console console;

  /** A run that draws no progress line, as for tests and pipes. */
  public Waardevol(InputStream stdin, PrintWriter out, PrintWriter err) {
    this(stdin, out, err, false);
  }

  /** {@code progress}: standard error is a terminal where a progress line may be drawn. */
  public Waardevol(InputStream stdin, PrintWriter out, PrintWriter err, boolean progress) {
    this.console = new Console(stdin, out, err, progress);
  }

  public int run(String... args) {
    CommandLine commandLine =
        new CommandLine(new TopCommand(console), new Factory(console))
            .setOut(console.out())
            .setErr(console.err())
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setParameterExceptionHandler((exception, arguments) -> usage(exception))
            .setExecutionStrategy(Waardevol::guardedRun)
            .setExecutionExceptionHandler(
                (exception, cl, parseResult) -> handle(exception, debug(parseResult)));
    int exit;
    try {
      exit = commandLine.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // Thrown past picocli, with no parse result: the raw arguments say whether to print it.
      exit = exhausted(e, java.util.Arrays.asList(args).contains("--debug"));
    }
    console.out().flush();
    console.err().flush();
    return exit;
  }

  /**
   * Runs the command with its project settings applied, once no file it writes is a file it reads.
   */
  private static int guardedRun(CommandLine.ParseResult parsed) {
    try {
      ProjectSettings.apply(parsed);
      OutputGuard.refuseOverlaps(parsed);
    } catch (InputProblem problem) {
      throw new CommandLine.ExecutionException(
          parsed.commandSpec().commandLine(), problem.getMessage(), problem);
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  /** A usage error: what is wrong and where help is, not the whole help page. */
  private int usage(CommandLine.ParameterException exception) {
    String command = exception.getCommandLine().getCommandSpec().qualifiedName();
    console
        .err()
        .println("waardevol: " + exception.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
    console.err().println("Try '" + command + " --help' for more information.");
    return ExitCodes.INPUT;
  }

  /** Whether the command that ran was given --debug ({@link CommonOptions}). */
  private static boolean debug(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult command = parsed;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    return command.commandSpec().mixins().values().stream()
        .anyMatch(mixin -> mixin.userObject() instanceof CommonOptions common && common.debug);
  }

  private int handle(Exception exception, boolean debug) {
    if (debug) {
      exception.printStackTrace(console.err());
    }
    if (exception instanceof InputProblem || exception instanceof CodebookException) {
      console.err().println("waardevol: " + Controls.neutralise(exception.getMessage()));
      return ExitCodes.INPUT;
    }
    if (exception instanceof OutputProblem) {
      console.err().println("waardevol: " + Controls.neutralise(exception.getMessage()));
      return ExitCodes.FAILURE;
    }
    if (exception instanceof IOException) {
      console
          .err()
          .println(
              "waardevol: could not write the output: "
                  + exception.getMessage()
                  + "; check the path and free disk space");
      return ExitCodes.FAILURE;
    }
    console
        .err()
        .println(
            "waardevol: internal error ("
                + exception
                + "); run again with --debug and report the stack trace");
    return ExitCodes.FAILURE;
  }

  /**
   * Memory or stack ran out outside any one input (those are skipped as unreadable): one sentence
   * with what to do, as for bad input.
   */
  private int exhausted(VirtualMachineError error, boolean debug) {
    if (debug) {
      error.printStackTrace(console.err());
    }
    console
        .err()
        .println(
            error instanceof StackOverflowError
                ? "waardevol: the input is nested too deeply to be read (the stack overflowed); save it again from the program that made it"
                : "waardevol: the input did not fit in the memory Java was given; give it more (for example WAARDEVOL_JAVA_OPTS=-Xmx4g), or split the input");
    return ExitCodes.INPUT;
  }

  /** Creates the top command with the console; everything else the default way. */
  private record Factory(Console console) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == TopCommand.class) {
        return type.cast(new TopCommand(console));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
