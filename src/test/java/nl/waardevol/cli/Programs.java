package nl.waardevol.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Programs on the PATH that some tests drive, such as a browser. */
final class Programs {
  private Programs() {}

  /** The first of {@code names} found on the PATH, or null. */
  static Path onPath(String... names) {
    for (String name : names) {
      for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
        Path candidate = Path.of(folder, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
