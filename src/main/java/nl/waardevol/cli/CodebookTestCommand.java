package nl.waardevol.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.review.ExampleResult;
import nl.waardevol.review.ExampleRunner;
import nl.waardevol.review.JunitReport;
import nl.waardevol.write.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Run every match: and no_match: example, like a test runner.",
      "Prints PASS or FAIL, the code, the sentence and, for a failure, why; ends with a line 'N passed, N failed'."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol codebook test codebooks/wio-nl.yaml",
      "  waardevol codebook test my.yaml --junit target/codebook-tests.xml --quiet",
      "",
      "Exit codes: 0 all examples pass; 1 failure; 2 the codebook cannot be loaded; 4 an example fails.",
      ""
    })
final class CodebookTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @ReadsFile
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The codebook: a YAML file or a shipped name.")
  String file;

  @WritesFile
  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Also write the results as JUnit XML, for CI systems.")
  String junit;

  @Override
  public Integer call() throws Exception {
    Console console = Console.of(spec);
    PrintWriter out = console.out();
    Codebook codebook = new CodebookLoader().load(file);
    List<ExampleResult> results = new ExampleRunner(codebook).run();
    long failed = results.stream().filter(result -> !result.passed()).count();
    for (ExampleResult result : results) {
      if (!common.quiet || !result.passed()) {
        out.println(result.format());
      }
    }
    out.printf("%d passed, %d failed%n", results.size() - failed, failed);
    if (junit != null) {
      try (Output xml = Output.open(junit, out)) {
        JunitReport.write(codebook, results, xml.writer());
        xml.commit();
      }
    }
    return failed > 0 ? ExitCodes.NOT_MET : ExitCodes.OK;
  }
}
