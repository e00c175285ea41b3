package nl.waardevol.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import nl.waardevol.code.TermSearch;
import nl.waardevol.codebook.Term;
import nl.waardevol.codebook.TermParser;
import nl.waardevol.review.Kwic;
import nl.waardevol.text.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Keyword in context: every hit of a term with the words around it.",
      "One aligned line per hit, using the codebook's matching (stem, prefix*, \"phrase\", re:regex) and the stemmer of the codebook's language. See how people say a thing before adding it as a term."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol kwic samenwerking examples/interviews",
      "  waardevol kwic 'luister*' examples/interviews --by region --window 8",
      "  waardevol kwic '\"rond de tafel\"' interviews/ --format csv -o hits.csv",
      "",
      ExitCodes.HELP
    })
final class KwicCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "TERM", description = "A term in codebook syntax.")
  String term;

  @Mixin InputOptions input;

  @Option(
      names = "--window",
      paramLabel = "N",
      defaultValue = "6",
      description = "Words of context either side. Default: ${DEFAULT-VALUE}.")
  int window;

  @Option(
      names = "--by",
      paramLabel = "KEY",
      description = "Group the hits by this metadata key, such as region.")
  String by;

  @Mixin FormatOption format;

  @Mixin OutputFile output;

  @Override
  public Integer call() throws Exception {
    boolean csv = format.chosen("text", spec.commandLine(), "text", "csv").equals("csv");
    if (window < 0) {
      throw new ParameterException(spec.commandLine(), "--window must be 0 or more");
    }
    // TERM is parsed as the first INPUT too by the mixin; drop it there.
    input.inputs.remove(0);
    if (input.inputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "name the transcripts to search after TERM");
    }
    Console console = Console.of(spec);
    Batch batch =
        Batch.prepare(input, output.path, console, message -> console.warn(common, message));
    Term parsed;
    try {
      parsed = new TermParser().parse(term, 0);
    } catch (TermParser.Invalid e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Kwic kwic = new Kwic(new TermSearch(parsed, batch.codebook().language()), window);
    List<Kwic.Line> lines = new ArrayList<>();
    var summary =
        batch.pipeline().run(batch.inputs(), passage -> lines.addAll(kwic.lines(passage)));
    int exit = Batch.exitCode(summary, batch.inputs());
    if (by != null) {
      lines.sort(Comparator.comparing((Kwic.Line line) -> line.passage().metadata(by)));
    }
    try (var out = nl.waardevol.write.Output.open(output.path, console.out())) {
      PrintWriter writer = new PrintWriter(out.writer());
      if (csv) {
        csv(lines, writer);
      } else {
        text(lines, writer);
      }
      writer.flush();
      out.commit();
    }
    console.info(
        common,
        lines.size()
            + " hits of '"
            + term
            + "' in "
            + summary.passages()
            + " passages of "
            + summary.documents()
            + " documents");
    return exit;
  }

  private void text(List<Kwic.Line> lines, PrintWriter out) {
    int labelWidth = lines.stream().mapToInt(line -> label(line).length()).max().orElse(0);
    int leftWidth = lines.stream().mapToInt(line -> line.left().length()).max().orElse(0);
    String group = null;
    for (Kwic.Line line : lines) {
      if (by != null && !line.passage().metadata(by).equals(group)) {
        group = line.passage().metadata(by);
        out.println((group.isEmpty() ? "(no " + by + ")" : group) + ":");
      }
      out.printf(
          "%-" + labelWidth + "s  %" + Math.max(1, leftWidth) + "s[%s]%s%n",
          label(line),
          line.left(),
          line.match(),
          line.right());
    }
  }

  private static String label(Kwic.Line line) {
    return line.passage().docId() + "#" + line.passage().passage();
  }

  private void csv(List<Kwic.Line> lines, PrintWriter out) throws java.io.IOException {
    List<String> header = new ArrayList<>();
    if (by != null) {
      header.add(by);
    }
    header.addAll(List.of("doc_id", "passage", "left", "match", "right"));
    CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    for (Kwic.Line line : lines) {
      List<String> row = new ArrayList<>();
      if (by != null) {
        row.add(line.passage().metadata(by));
      }
      row.addAll(
          List.of(
              line.passage().docId(),
              Integer.toString(line.passage().passage()),
              line.left().strip(),
              line.match(),
              line.right().strip()));
      for (String cell : row) {
        printer.print(SpreadsheetSafe.cell(cell));
      }
      printer.println();
    }
    printer.flush();
  }
}
