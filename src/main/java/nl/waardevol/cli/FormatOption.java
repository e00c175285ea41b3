package nl.waardevol.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --format} for every command that writes in more than one format (or names the one it
 * writes). Each command's help lists its own formats: {@code Options.properties} holds them under
 * the command's name, so the option is declared once.
 */
final class FormatOption {
  /** As given, or null. */
  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "format")
  String format;

  /**
   * The format given, lower case, or {@code fallback} when none is; a format not in {@code formats}
   * is a usage error that names them.
   */
  String chosen(String fallback, CommandLine command, String... formats) {
    if (format == null) {
      return fallback;
    }
    String name = format.toLowerCase(Locale.ROOT);
    if (!List.of(formats).contains(name)) {
      throw new CommandLine.ParameterException(
          command, "--format must be " + either(formats) + ", not '" + format + "'");
    }
    return name;
  }

  private static String either(String... formats) {
    int last = formats.length - 1;
    return last == 0
        ? formats[0]
        : String.join(", ", List.of(formats).subList(0, last)) + " or " + formats[last];
  }
}
