package nl.waardevol.cli;

import nl.waardevol.write.ReportText;
import picocli.CommandLine;

/** Checks a --lang value: the languages reports and placeholders come in. */
final class Languages {
  private Languages() {}

  static String check(String lang, CommandLine command) {
    if (!ReportText.LANGUAGES.contains(lang)) {
      throw new CommandLine.ParameterException(
          command, "--lang must be one of " + ReportText.LANGUAGES + ", not '" + lang + "'");
    }
    return lang;
  }
}
