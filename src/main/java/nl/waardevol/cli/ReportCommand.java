package nl.waardevol.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.waardevol.aggregate.Aggregator;
import nl.waardevol.aggregate.Certainty;
import nl.waardevol.aggregate.Comparison;
import nl.waardevol.aggregate.MissingValues;
import nl.waardevol.aggregate.QuotePrivacy;
import nl.waardevol.aggregate.Report;
import nl.waardevol.code.DocumentStage;
import nl.waardevol.learn.Model;
import nl.waardevol.learn.ModelInfo;
import nl.waardevol.pipeline.Pipeline;
import nl.waardevol.read.EarlierReport;
import nl.waardevol.read.InputProblem;
import nl.waardevol.redact.PassageRedactor;
import nl.waardevol.redact.Redactor;
import nl.waardevol.write.Output;
import nl.waardevol.write.ReportFormat;
import nl.waardevol.write.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Report what people valued, per group and lens, with short quotes.",
      "INPUT is transcripts, or a coded table written by 'waardevol code' (perhaps corrected by "
          + "hand): the report then counts the codes exactly as they stand in the table; or a "
          + "REFI-QDA project (.qdpx) from a QDA package: its codings give passages their codes as "
          + "'waardevol import' maps them."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol report examples/interviews",
      "  waardevol report examples/interviews --by region --lang en -o report.md",
      "  waardevol report coded.csv --format csv -o report.csv",
      "  waardevol report corrected.qdpx -o report.md",
      "  waardevol report interviews/ --format json | jq '.common_threads'",
      "  waardevol report interviews/ -o report.html",
      "  waardevol report interviews/ -o report.docx --compare last-year.json",
      "  waardevol report interviews/ --private-terms schools.txt --personal mentor",
      "  waardevol report interviews/ --model team.model --min-confidence 0.8",
      "",
      "Quotes are pseudonymised by default; read them before the report is shared: detection "
          + "helps, it does not guarantee. --no-redact (for the research team only) prints a warning.",
      "",
      ExitCodes.HELP
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin PrivacyOptions privacy;
  @Mixin CommonOptions common;

  @Option(
      names = "--redact",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Pseudonymise the quotes (the default): names, contact details, numbers and private terms become placeholders such as [NAAM-1]. --no-redact quotes verbatim, with a warning.")
  boolean redact;

  @Option(
      names = "--by",
      paramLabel = "KEY",
      split = ",",
      description = "Metadata keys that form the groups. Default: region,role.")
  List<String> by = new ArrayList<>(List.of("region", "role"));

  @Mixin FormatOption format;

  @ReadsFile
  @Option(
      names = "--compare",
      paramLabel = "EARLIER.json",
      description =
          "Read the report against an earlier period's JSON report (report --format json): per group and code the change in valued passages and documents, new and faded themes, and a codebook change named.")
  String compare;

  @Option(names = "--json", description = "Same as --format json.")
  boolean json;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Language of the report: nl or en. Default: ${DEFAULT-VALUE}.",
      defaultValue = "nl")
  String lang;

  @Option(
      names = "--quotes",
      paramLabel = "N",
      description = "Quotes per code and group. Default: ${DEFAULT-VALUE}.",
      defaultValue = "2")
  int quotes;

  @Option(
      names = "--min-confidence",
      paramLabel = "X",
      description =
          "Count a passage as valued, hindered or wished only when the model was at least this sure of it (0 to 1); those below are listed under 'To check' and count as mentioned. Default: the model's own, chosen in cross-validation so that what is counted as valued is right at least 90% of the time; without a model, none.")
  Double minConfidence;

  @Mixin OutputFile output;

  @Override
  public Integer call() throws Exception {
    validate();
    Console console = Console.of(spec);
    ReportFormat reportFormat =
        Formats.report(json ? "json" : format.format, output.path, spec.commandLine());
    if (reportFormat.binary() && (output.path == null || output.path.equals("-"))) {
      throw new ParameterException(
          spec.commandLine(), "--format docx writes a Word file, not text: give -o FILE.docx");
    }
    EarlierReport earlier = compare == null ? null : EarlierReport.read(compare);
    Redactor redactor = redactor(console);
    Batch batch =
        Batch.prepare(
            input,
            output.path,
            console,
            message -> console.warn(common, message),
            Batch.personalIds(redactor));
    refusePersonalGroups(redactor);
    QuotePrivacy quotePrivacy =
        redactor == null
            ? QuotePrivacy.VERBATIM
            : new QuotePrivacy(true, redactor.privateTermCount());
    Aggregator aggregator =
        new Aggregator(
            Version.number(), batch.codebook(), by, quotes, quotePrivacy, certainty(batch.model()));
    DocumentStage stage = redactor == null ? DocumentStage.NONE : PassageRedactor.quoting(redactor);
    MissingValues missing = new MissingValues(by);
    Pipeline.Summary summary =
        batch.run(
            console,
            common,
            stage,
            passage -> {
              missing.add(passage);
              aggregator.add(passage);
            });
    int exit = Batch.exitCode(summary, batch.inputs());
    Report report = aggregator.finish();
    missing
        .warnings(new ReportText(lang).value("", ""))
        .forEach(warning -> console.warn(common, warning));
    if (earlier != null) {
      report = report.withComparison(Comparison.of(report, earlier, lang));
    }
    try (Output out = Output.open(output.path, console.out())) {
      reportFormat.write(report, new ReportText(lang), out);
      out.commit();
    }
    return exit;
  }

  /**
   * The model that coded and the confidence counted from: --min-confidence, else the model's own;
   * with neither, every passage counts as it was coded.
   */
  private Certainty certainty(Model model) {
    Optional<ModelInfo> info = Optional.ofNullable(model).map(Model::info);
    double threshold =
        minConfidence != null
            ? minConfidence
            : info.map(ModelInfo::minConfidence).orElse(Double.NaN);
    return new Certainty(info, threshold);
  }

  /** The run's redactor, or null with --no-redact. */
  private Redactor redactor(Console console) throws InputProblem {
    if (!redact) {
      console
          .err()
          .println(
              "waardevol: warning: --no-redact: quotes are shown verbatim and may name children, parents, schools; do not share this report outside the research team");
      return null;
    }
    return privacy.redactor(lang);
  }

  /** Group headings are not quotes: a personal --by key would print the names redaction hides. */
  private void refusePersonalGroups(Redactor redactor) throws InputProblem {
    for (String key : redactor == null ? List.<String>of() : by) {
      if (redactor.isPersonal(key)) {
        throw new InputProblem(
            "--by " + key,
            0,
            "holds names, which the groups would show; pick a key that does not (such as region or role), or use --no-redact");
      }
    }
  }

  private void validate() {
    Languages.check(lang, spec.commandLine());
    if (quotes < 0) {
      throw new ParameterException(spec.commandLine(), "--quotes must be 0 or more, not " + quotes);
    }
    if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new ParameterException(
          spec.commandLine(), "--min-confidence must lie between 0 and 1, not " + minConfidence);
    }
    by = by.stream().map(String::strip).filter(key -> !key.isEmpty()).distinct().toList();
    if (by.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--by needs at least one metadata key, such as region");
    }
  }
}
