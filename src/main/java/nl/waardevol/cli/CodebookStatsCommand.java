package nl.waardevol.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.review.CorpusStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Show how a codebook behaves on a corpus: which terms carry a code.",
      "Per code: the passages and documents it gets, its share of all passages and the codes it most often comes with. Per term: the passages it matches and how many it alone decided (no other term of its code matched). Markdown tables on standard output."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol codebook stats codebooks/wio-nl.yaml examples/interviews",
      "  waardevol codebook stats my-codebook.yaml interviews/ > stats.md",
      "",
      "Exit codes: 0 ok; 2 bad codebook or input; 3 some files were skipped.",
      ""
    })
final class CodebookStatsCommand implements Callable<Integer> {
  private static final int COOCCURRING = 3;

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
  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "INPUT",
      description = InputOptions.ALL_INPUTS)
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Console console = Console.of(spec);
    Codebook codebook = new CodebookLoader().load(file);
    CorpusStatistics statistics = new CorpusStatistics(codebook);
    var summary =
        Batch.code(
            codebook,
            inputs,
            reading,
            console,
            message -> console.warn(common, message),
            statistics::add);
    PrintWriter out = console.out();
    out.printf(
        "# Codebook %s %s on %d passages of %d documents%n%n",
        codebook.id(), codebook.version(), statistics.passages(), statistics.documents());
    codes(statistics, out);
    terms(statistics, out);
    out.flush();
    return summary.skipped() > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }

  private static void codes(CorpusStatistics statistics, PrintWriter out) {
    out.println("## Codes");
    out.println();
    out.println("| code | lens | passages | documents | share | most often with |");
    out.println("| --- | --- | ---: | ---: | ---: | --- |");
    for (CorpusStatistics.CodeStats code : statistics.codes()) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %d | %d | %.1f%% | %s |%n",
          code.code().id(),
          code.code().categoryId(),
          code.passages(),
          code.documents(),
          statistics.passages() == 0 ? 0.0 : 100.0 * code.passages() / statistics.passages(),
          top(code.cooccurring()));
    }
    out.println();
  }

  private static String top(Map<String, Integer> cooccurring) {
    return cooccurring.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(COOCCURRING)
        .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
        .collect(Collectors.joining(", "));
  }

  private static void terms(CorpusStatistics statistics, PrintWriter out) {
    out.println("## Terms");
    out.println();
    out.println("| code | list | term | passages | alone decided |");
    out.println("| --- | --- | --- | ---: | ---: |");
    for (CorpusStatistics.TermStats term : statistics.terms()) {
      boolean valence = term.term().codeId().isEmpty();
      out.printf(
          "| %s | %s | %s | %d | %s |%n",
          valence ? "(valence)" : term.term().codeId(),
          term.term().role().name().toLowerCase(Locale.ROOT),
          term.term().term().replace("|", "\\|"),
          term.passages(),
          valence ? "" : String.valueOf(term.decided())); // a valence term decides no code
    }
  }
}
