package nl.waardevol.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.waardevol.read.InputProblem;
import nl.waardevol.redact.Redactor;
import picocli.CommandLine.Option;

/** What pseudonymisation looks for beyond the shipped name lists. */
public final class PrivacyOptions {
  @ReadsFile
  @Option(
      names = "--private-terms",
      paramLabel = "FILE",
      description =
          "A text file of schools, institutions and other names no list knows, one a line ('De Horizon', 'Harmsveen | plaats'); each is replaced by a placeholder.")
  String privateTerms;

  @Option(
      names = "--personal",
      paramLabel = "KEY",
      split = ",",
      description =
          "More front-matter or sheet keys that hold names, beside interviewer, interviewee, respondent, child, kind, name, naam and author.")
  List<String> personalKeys = new ArrayList<>();

  Redactor redactor(String placeholderLanguage) throws InputProblem {
    return Redactor.create(
        privateTerms == null ? null : Path.of(privateTerms), personalKeys, placeholderLanguage);
  }
}
