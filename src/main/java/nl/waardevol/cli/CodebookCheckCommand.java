package nl.waardevol.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookException;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.review.CodebookLint;
import nl.waardevol.review.CorpusLint;
import nl.waardevol.review.CorpusStatistics;
import nl.waardevol.review.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Validate a codebook and lint it for what a researcher would fix.",
      "Lints: a term under two codes (by what it matches: stem, exact form, wildcard), a valence term both appreciative and deficit, a term another term of its code already covers or repeats, codes without examples, labels missing in nl or en. With --corpus also terms that never match and terms so generic they match more than --threshold of all passages.",
      "Prints one finding per line (error: or warning:) and a summary; with --quiet only the errors and the summary."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol codebook check codebooks/wio-nl.yaml",
      "  waardevol codebook check --strict my-codebook.yaml --corpus interviews/",
      "",
      "Exit codes: 0 no errors (and, with --strict, no warnings); 1 failure; 2 the codebook cannot be loaded, or unusable input; 4 lint errors, or warnings with --strict.",
      ""
    })
final class CodebookCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin ReadingOptions reading;

  @ReadsFile
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The codebook: a YAML file or a shipped name.")
  String file;

  @ReadsFile
  @Option(
      names = "--corpus",
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Transcripts to check the terms against.")
  List<String> corpus = new ArrayList<>();

  @Option(
      names = "--threshold",
      paramLabel = "SHARE",
      defaultValue = "0.2",
      description =
          "Share of passages above which a term is too generic. Default: ${DEFAULT-VALUE}.")
  double threshold;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Option(
      names = "--verbose",
      description =
          "List every warning; without it, a kind of warning that recurs (terms that never match) shows its first "
              + SHOWN_PER_GROUP
              + " and a count.")
  boolean verbose;

  private static final int SHOWN_PER_GROUP = 3;

  @Override
  public Integer call() throws Exception {
    if (threshold <= 0 || threshold > 1) {
      throw new ParameterException(
          spec.commandLine(), "--threshold must be above 0 and at most 1, not " + threshold);
    }
    Console console = Console.of(spec);
    PrintWriter out = console.out();
    Codebook codebook;
    try {
      codebook = new CodebookLoader().load(file);
    } catch (CodebookException e) {
      out.println("error: " + e.getMessage());
      out.println("1 error, 0 warnings");
      return ExitCodes.INPUT;
    }
    List<Finding> findings = new ArrayList<>(CodebookLint.check(codebook));
    if (!corpus.isEmpty()) {
      CorpusStatistics statistics = new CorpusStatistics(codebook);
      Batch.code(
          codebook,
          corpus,
          reading,
          console,
          message -> console.warn(common, message),
          statistics::add);
      findings.addAll(CorpusLint.check(codebook, statistics, threshold));
    }
    print(findings, out);
    long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
    long warnings = findings.size() - errors;
    out.printf(
        "%d %s, %d %s%n",
        errors, errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings");
    return errors > 0 || (strict && warnings > 0) ? ExitCodes.NOT_MET : ExitCodes.OK;
  }

  /**
   * The findings, one a line: with --quiet only the errors; a recurring kind, unless --verbose, by
   * its first few and a count, so that hundreds of terms that never match on a small corpus do not
   * bury the finding that matters.
   */
  private void print(List<Finding> findings, PrintWriter out) {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Integer> total = new LinkedHashMap<>();
    findings.forEach(finding -> total.merge(finding.group(), 1, Integer::sum));
    for (Finding finding : findings) {
      if (common.quiet && finding.severity() != Finding.Severity.ERROR) {
        continue;
      }
      String group = finding.group();
      int shown = seen.merge(group, 1, Integer::sum);
      boolean grouped = !verbose && !group.isEmpty() && total.get(group) > SHOWN_PER_GROUP + 1;
      if (!grouped || shown <= SHOWN_PER_GROUP) {
        out.println(finding.format());
      } else if (shown == SHOWN_PER_GROUP + 1) {
        out.printf(
            "warning: %s: ... and %d more %s; --verbose lists every one%n",
            finding.source(), total.get(group) - SHOWN_PER_GROUP, group);
      }
    }
  }
}
