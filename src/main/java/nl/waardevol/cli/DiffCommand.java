package nl.waardevol.cli;

import java.util.concurrent.Callable;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputFiles;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.StandardInput;
import nl.waardevol.review.CodingDiff;
import nl.waardevol.review.DiffReport;
import nl.waardevol.table.CodedTableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Compare two coded tables, e.g. before and after a codebook change.",
      "The tables are written by 'waardevol code'. Per code, the passages that gained or lost it; per direction (appreciative -> neutral, ...), the passages whose valence changed; per code given in both, the passages whose stance changed (valued -> hindered, ...); each with counts and examples that show the code's matched terms before and after. Passages are matched by doc_id and passage; those in one table only are listed."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol code examples/interviews -o before.csv",
      "  # ... edit the codebook ...",
      "  waardevol code examples/interviews --codebook my.yaml -o after.csv",
      "  waardevol diff before.csv after.csv > coding-changes.md",
      "",
      "Exit codes: 0 ok (with --exit-code: no change); 1 failure; 2 a table cannot be read; 4 with --exit-code: something changed.",
      ""
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @ReadsFile
  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The coded table before the change (.csv or .jsonl).")
  String before;

  @ReadsFile
  @Parameters(index = "1", paramLabel = "NEW", description = "The coded table after the change.")
  String after;

  @Option(
      names = "--exit-code",
      description =
          "Exit with 4 when any passage gained or lost a code or changed valence, like git diff --exit-code.")
  boolean exitCode;

  @Override
  public Integer call() throws Exception {
    Console console = Console.of(spec);
    StandardInput stdin = new StandardInput(console.stdin());
    Input oldTable = table(before, stdin);
    Input newTable = table(after, stdin);
    CodedTableReader reader = new CodedTableReader(null, stdin.stream());
    CodingDiff diff = new CodingDiff();
    reader.read(oldTable, diff::addBefore);
    reader.read(newTable, diff::addAfter);
    DiffReport.print(before, after, diff, console.out());
    boolean changed =
        diff.changedPassages() > 0 || !diff.onlyBefore().isEmpty() || !diff.onlyAfter().isEmpty();
    return exitCode && changed ? ExitCodes.NOT_MET : ExitCodes.OK;
  }

  private static Input table(String path, StandardInput stdin) throws InputProblem {
    Input input = InputFiles.expand(java.util.List.of(path), java.util.List.of(), stdin).get(0);
    if (input.kind() == Input.Kind.PROJECT) {
      throw new InputProblem(
          path,
          0,
          "is a REFI-QDA project; import it first (waardevol import "
              + path
              + " -o DIR) and diff DIR/coded.csv");
    }
    if (input.kind() == Input.Kind.TRANSCRIPT) {
      throw new InputProblem(
          path, 0, "is not a coded table; give the .csv or .jsonl that 'waardevol code' wrote");
    }
    return input;
  }
}
