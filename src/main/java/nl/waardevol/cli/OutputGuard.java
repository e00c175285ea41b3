package nl.waardevol.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputProblem;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The one check every command that reads inputs and writes a file makes before it writes: the
 * output must not be one of the inputs, under any name or link, or the run would replace what it
 * read.
 */
final class OutputGuard {
  private OutputGuard() {}

  /**
   * Refuses a run in which a file named by a {@link WritesFile} option is a file named by a {@link
   * ReadsFile} option or parameter, before the command starts. Files found by searching an input
   * directory are checked by the commands, with {@link #refuse(String, Collection)}.
   */
  static void refuseOverlaps(ParseResult parsed) throws InputProblem {
    ParseResult command = parsed;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    List<Path> reads = new ArrayList<>();
    List<ArgSpec> writes = new ArrayList<>();
    for (ArgSpec arg : command.commandSpec().args()) {
      if (marked(arg, ReadsFile.class)) {
        values(arg).forEach(value -> reads.add(Path.of(value)));
      } else if (marked(arg, WritesFile.class)) {
        writes.add(arg);
      }
    }
    for (ArgSpec write : writes) {
      for (String value : values(write)) {
        refuse(((OptionSpec) write).names()[0], value, reads);
      }
    }
  }

  static boolean marked(ArgSpec arg, Class<? extends java.lang.annotation.Annotation> annotation) {
    return arg.userObject() instanceof java.lang.reflect.Field field
        && field.isAnnotationPresent(annotation);
  }

  /**
   * The file names an argument holds: none, one, or a list; - (standard input or output) is none.
   */
  static List<String> values(ArgSpec arg) {
    Object value = arg.getValue();
    List<String> values = new ArrayList<>();
    if (value instanceof Collection<?> many) {
      many.forEach(item -> values.add(String.valueOf(item)));
    } else if (value != null) {
      values.add(String.valueOf(value));
    }
    values.removeIf(name -> name.equals("-") || name.isEmpty());
    return values;
  }

  /** Refuses {@code -o output} (null or - is standard output) when it is one of {@code inputs}. */
  static void refuse(String output, Collection<Path> inputs) throws InputProblem {
    refuse("-o", output, inputs);
  }

  /** The same for the output named by {@code option}. */
  static void refuse(String option, String output, Collection<Path> inputs) throws InputProblem {
    if (output != null && !output.equals("-") && isInput(Path.of(output), inputs)) {
      throw new InputProblem(
          option + " " + output + " is one of the inputs; write the output elsewhere");
    }
  }

  /**
   * The files of {@code inputs} (standard input has none), with {@code more} such as the codebook.
   */
  static List<Path> files(List<Input> inputs, String... more) {
    List<Path> files = new ArrayList<>();
    inputs.stream().filter(input -> !input.isStdin()).forEach(input -> files.add(input.path()));
    for (String file : more) {
      if (file != null && !file.equals("-")) {
        files.add(Path.of(file));
      }
    }
    return files;
  }

  /** Whether writing {@code file} would replace one of {@code inputs}. */
  static boolean isInput(Path file, Collection<Path> inputs) throws InputProblem {
    if (!Files.exists(file)) {
      return false;
    }
    for (Path input : inputs) {
      try {
        if (Files.exists(input) && Files.isSameFile(file, input)) {
          return true;
        }
      } catch (IOException e) {
        throw new InputProblem(
            input.toString(),
            0,
            "could not be compared with the output " + file + " (" + e.getMessage() + ")");
      }
    }
    return false;
  }
}
