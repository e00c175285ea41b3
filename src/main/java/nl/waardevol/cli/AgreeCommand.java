package nl.waardevol.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import nl.waardevol.agree.Agreement;
import nl.waardevol.agree.Codings;
import nl.waardevol.agree.Level;
import nl.waardevol.agree.PassageKey;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputFiles;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.StandardInput;
import nl.waardevol.write.AgreementWriter;
import nl.waardevol.write.Output;
import nl.waardevol.write.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "agree",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Measure how far the automatic coding agrees with a human coder.",
      "The human is the reference. Per code: precision, recall, F1, Cohen's kappa, binary "
          + "Krippendorff's alpha and the counts behind them. Overall: multi-valued alpha over the "
          + "sets of codes per passage, the share of identical sets, and pooled precision, recall "
          + "and F1.",
      "Inputs are coded tables as 'code' writes them, or REFI-QDA projects (.qdpx), whose "
          + "codings give a passage a code when they cover at least half of it. Passages are "
          + "matched by doc_id and passage number; those in one input only are listed, not compared."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol agree --gold human.csv --auto coded.csv",
      "  waardevol agree --gold corrected.qdpx --auto coded.csv --level category",
      "  waardevol agree --gold human.csv --auto coded.csv -o agreement.json",
      "  waardevol agree --gold human.csv --auto coded.csv --min-alpha 0.667",
      "",
      "Exit codes:",
      "  0  ok, and agreement at or above --min-alpha and --min-kappa",
      "  1  failure (an output could not be written, or an internal error)",
      "  2  usage or input error (a bad option, an unreadable input, a code the",
      "     codebook lacks)",
      "  4  agreement below --min-alpha or --min-kappa (the output is still",
      "     written)",
      ""
    })
final class AgreeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @ReadsFile
  @Option(
      names = "--gold",
      required = true,
      paramLabel = "HUMAN",
      description = "The human coding: a coded table (.csv, .jsonl) or a project (.qdpx).")
  String human;

  @ReadsFile
  @Option(
      names = "--auto",
      required = true,
      paramLabel = "AUTO",
      description = "The automatic coding: a coded table or a project.")
  String auto;

  @Option(
      names = "--auto-coder",
      paramLabel = "NAME",
      description =
          "Of a project given as --auto, count only this user's codings (--coder does the same for --gold): to compare two coders of one project.")
  String autoCoder;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "code",
      description =
          "code, category (the lenses), or stance (each code with its stance: valued, hindered,"
              + " wished). Default: ${DEFAULT-VALUE}.")
  Level level;

  @Mixin FormatOption format;

  @Mixin OutputFile output;

  @Option(
      names = "--min-alpha",
      paramLabel = "X",
      description = "Exit with 4 when the overall (multi-valued) alpha is below X or not defined.")
  Double minAlpha;

  @Option(
      names = "--min-kappa",
      paramLabel = "X",
      description =
          "Exit with 4 when any code's (or category's) kappa is below X; codes whose kappa is not defined are not checked.")
  Double minKappa;

  @Mixin ProjectOptions project;

  @Override
  public Integer call() throws Exception {
    checkThreshold(minAlpha, "--min-alpha");
    checkThreshold(minKappa, "--min-kappa");
    ReportFormat reportFormat = Formats.report(format.format, output.path, spec.commandLine());
    Console console = Console.of(spec);
    Codebook book = project.codebook();
    Codings humanCodings = read(human, project.coder.name, book, console);
    Codings autoCodings = read(auto, autoCoder, book, console);
    List<PassageKey> shifted = humanCodings.shiftedAgainst(autoCodings);
    if (!shifted.isEmpty()) {
      console.warn(
          common,
          shifted.size()
              + " passage(s) lie elsewhere in the text in "
              + human
              + " than in "
              + auto
              + " (first: "
              + shifted.get(0)
              + "); were both segmented with the same interviewer labels?");
    }
    Agreement agreement =
        Agreement.compare(humanCodings.sets(), autoCodings.sets(), level.labels(book));
    warnUnmatched(agreement, console);
    try (Output out = Output.open(output.path, console.out())) {
      AgreementWriter.write(
          reportFormat,
          agreement,
          new AgreementWriter.Context(human, auto, level, book),
          out.writer());
      out.commit();
    }
    List<String> shortfalls = shortfalls(agreement);
    shortfalls.forEach(shortfall -> console.err().println("waardevol: " + shortfall));
    console.err().flush();
    return shortfalls.isEmpty() ? ExitCodes.OK : ExitCodes.NOT_MET;
  }

  private void warnUnmatched(Agreement agreement, Console console) {
    if (agreement.compared() == 0) {
      console.warn(
          common,
          human
              + " and "
              + auto
              + " have no passage in common (matched by doc_id and passage); do both files code the same transcripts?");
    } else if (!agreement.onlyHuman().isEmpty() || !agreement.onlyAuto().isEmpty()) {
      console.warn(
          common,
          agreement.onlyHuman().size()
              + " passage(s) only in "
              + human
              + first(agreement.onlyHuman())
              + " and "
              + agreement.onlyAuto().size()
              + " only in "
              + auto
              + first(agreement.onlyAuto())
              + " are not compared; do both files code the same transcripts?");
    }
  }

  private static String first(List<PassageKey> keys) {
    return keys.isEmpty() ? "" : " (first: " + keys.get(0) + ")";
  }

  private void checkThreshold(Double value, String option) {
    if (value != null && (value < -1 || value > 1)) {
      throw new ParameterException(
          spec.commandLine(), option + " must be from -1 to 1, not " + value);
    }
  }

  /** A coded table, or a project with the codings of {@code coder} (null for everyone's). */
  private Codings read(String path, String coder, Codebook book, Console console)
      throws InputProblem, java.io.IOException {
    Codings codings = new Codings(level);
    StandardInput stdin = new StandardInput(console.stdin());
    Input input = InputFiles.expand(List.of(path), List.of(), stdin).get(0);
    if (coder != null
        && (input.kind() == Input.Kind.CODED_CSV || input.kind() == Input.Kind.CODED_JSONL)) {
      throw new InputProblem(
          path,
          0,
          "is a coded table, which has no coders to choose from; --coder and --auto-coder choose among a REFI-QDA project's codings");
    }
    project.readCoded(
        input,
        coder,
        book,
        stdin,
        warning -> console.warn(common, warning),
        "is neither a coded table (.csv, .jsonl) nor a REFI-QDA project (.qdpx); code transcripts first with 'waardevol code'",
        (passage, withStance) -> codings.accept(passage));
    return codings;
  }

  private List<String> shortfalls(Agreement agreement) {
    List<String> shortfalls = new ArrayList<>();
    if (minAlpha != null) {
      OptionalDouble alpha = agreement.alpha();
      if (alpha.isEmpty()) {
        shortfalls.add(
            "alpha is not defined (no passages in common, or no variation), so --min-alpha "
                + minAlpha
                + " is not met");
      } else if (AgreementWriter.below(alpha.getAsDouble(), minAlpha)) {
        shortfalls.add(
            String.format(
                Locale.ROOT, "alpha %.3f is below --min-alpha %s", alpha.getAsDouble(), minAlpha));
      }
    }
    if (minKappa != null) {
      for (Agreement.LabelAgreement row : agreement.labels()) {
        OptionalDouble kappa = row.table().kappa();
        if (kappa.isPresent() && AgreementWriter.below(kappa.getAsDouble(), minKappa)) {
          shortfalls.add(
              String.format(
                  Locale.ROOT,
                  "kappa of %s %s is %.3f, below --min-kappa %s",
                  level.id(),
                  row.label().id(),
                  kappa.getAsDouble(),
                  minKappa));
        }
      }
    }
    return shortfalls;
  }
}
