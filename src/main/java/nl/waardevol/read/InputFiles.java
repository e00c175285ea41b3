package nl.waardevol.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into files: a directory is searched recursively for
 * transcripts, in a fixed order so that output never depends on the file system.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<Input> expand(List<String> arguments) throws InputProblem {
    List<Input> inputs = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(new Input(null, "<stdin>", Input.Kind.TRANSCRIPT));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        List<Input> found = transcriptsIn(path);
        if (found.isEmpty()) {
          throw new InputProblem(
              argument, 0, "no transcripts (.txt or .md files) found in this directory; check the path");
        }
        inputs.addAll(found);
      } else if (Files.isRegularFile(path)) {
        inputs.add(new Input(path, argument, Input.kindOf(argument)));
      } else {
        throw new InputProblem(argument, 0, "no such file or directory; check the path");
      }
    }
    if (inputs.isEmpty()) {
      throw new InputProblem("waardevol", 0, "no input given; name transcript files or directories");
    }
    return inputs;
  }

  private static List<Input> transcriptsIn(Path directory) throws InputProblem {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> isTranscriptName(directory.relativize(file)))
          .sorted()
          .map(file -> new Input(file, file.toString(), Input.Kind.TRANSCRIPT))
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputProblem(directory.toString(), 0, "could not be searched: " + e.getMessage());
    }
  }

  /** Transcripts end in .txt or .md; hidden files and folders and READMEs are not transcripts. */
  static boolean isTranscriptName(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith("readme.")) {
      return false;
    }
    return name.endsWith(".txt") || name.endsWith(".md");
  }
}
