package nl.waardevol.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into files: a directory is searched recursively for transcripts
 * in every format read, in a fixed order so that output never depends on the file system.
 */
public final class InputFiles {
  private static final String SEARCHED = ".txt, .md, .docx, .odt, .vtt, .srt, .csv or .tsv files";

  private InputFiles() {}

  /**
   * @param leaveOut files a directory search passes over: the metadata sheet and an earlier coded
   *     output, which may well sit beside the transcripts
   */
  public static List<Input> expand(List<String> arguments, List<Path> leaveOut)
      throws InputProblem {
    return expand(arguments, leaveOut, null);
  }

  /**
   * The same; with {@code stdin}, a {@code -} is read at once to tell a coded table from a
   * transcript (without, it is a transcript).
   */
  public static List<Input> expand(List<String> arguments, List<Path> leaveOut, StandardInput stdin)
      throws InputProblem {
    List<Input> inputs = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(
            new Input(null, "<stdin>", stdin == null ? Input.Kind.TRANSCRIPT : stdin.kind()));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        List<Input> found = transcriptsIn(path, leaveOut);
        if (found.isEmpty()) {
          throw new InputProblem(
              argument,
              0,
              "no transcripts (" + SEARCHED + ") found in this directory; check the path");
        }
        inputs.addAll(found);
      } else if (Files.isRegularFile(path)) {
        inputs.add(new Input(path, argument, Input.kindOf(path)));
      } else {
        throw new InputProblem(argument, 0, whyNoFile(path));
      }
    }
    if (inputs.isEmpty()) {
      throw new InputProblem("no input given; name transcript files or directories");
    }
    return inputs;
  }

  /** Why an input that is neither a file nor a folder cannot be read, as a user would put it. */
  private static String whyNoFile(Path path) {
    if (Files.isSymbolicLink(path) && !Files.exists(path)) {
      try {
        return "is a link to "
            + Files.readSymbolicLink(path)
            + ", which does not exist; check the link";
      } catch (IOException e) {
        return "is a link that cannot be followed (" + e.getMessage() + "); check the link";
      }
    }
    if (Files.exists(path)) {
      return "is a named pipe, socket or device, not a file; save what it gives to a file, or give it as standard input (- < "
          + path
          + ")";
    }
    return "no such file or directory; check the path";
  }

  private static List<Input> transcriptsIn(Path directory, List<Path> leaveOut)
      throws InputProblem {
    List<Path> left = leaveOut.stream().map(path -> path.toAbsolutePath().normalize()).toList();
    // A folder given through a link is searched where it leads; its files keep the given name.
    Path start = directory;
    try {
      start = Files.isSymbolicLink(directory) ? directory.toRealPath() : directory;
    } catch (IOException e) {
      throw new InputProblem(directory.toString(), 0, "could not be searched: " + e.getMessage());
    }
    Path walked = start;
    try (Stream<Path> files = Files.walk(walked)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> directory.resolve(walked.relativize(file)))
          .filter(file -> isTranscriptName(directory.relativize(file)))
          .filter(file -> !left.contains(file.toAbsolutePath().normalize()))
          .sorted()
          .map(file -> new Input(file, file.toString(), Input.kindOf(file)))
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputProblem(directory.toString(), 0, "could not be searched: " + e.getMessage());
    }
  }

  /**
   * Transcripts have an extension of a format read; hidden files and folders, READMEs and the lock
   * files of office programs ({@code ~$name.docx}, {@code .~lock...}) are not transcripts.
   */
  static boolean isTranscriptName(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith("readme.") || name.startsWith("~$")) {
      return false;
    }
    return Format.isSearchedFor(name);
  }
}
