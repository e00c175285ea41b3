package nl.waardevol.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputProblem;

/**
 * The one check every command that reads inputs and writes a file makes before it writes: the
 * output must not be one of the inputs, under any name or link, or the run would replace what it
 * read.
 */
final class OutputGuard {
  private OutputGuard() {}

  /** Refuses {@code -o output} (null or - is standard output) when it is one of {@code inputs}. */
  static void refuse(String output, Collection<Path> inputs) throws InputProblem {
    refuse("-o", output, inputs);
  }

  /** The same for the output named by {@code option}. */
  static void refuse(String option, String output, Collection<Path> inputs) throws InputProblem {
    if (output != null && !output.equals("-") && isInput(Path.of(output), inputs)) {
      throw new InputProblem(option + " " + output + " is one of the inputs; write the output elsewhere");
    }
  }

  /** The files of {@code inputs} (standard input has none), with {@code more} such as the codebook. */
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
        throw new InputProblem(input.toString(), 0, "could not be compared with the output " + file + " (" + e.getMessage() + ")");
      }
    }
    return false;
  }
}
