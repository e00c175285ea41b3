package nl.waardevol.cli;

import java.util.concurrent.Callable;
import nl.waardevol.code.Coder;
import nl.waardevol.read.InputProblem;
import nl.waardevol.review.ExplanationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Explain how a passage was coded and why it got its valence.",
      "Shows every term that matched and at which tokens, every exclusion that suppressed a code, every valence term with the negation and contrast that decided its weight. Token positions count from 0 in the passage text."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol explain examples/interviews --doc rotterdam-ouder-1 --passage 3",
      "  waardevol explain interview.md --doc interview --codebook my-codebook.yaml",
      "",
      ExitCodes.HELP
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin CommonOptions common;

  @Option(names = "--doc", required = true, paramLabel = "ID", description = "The document's id.")
  String doc;

  @Option(
      names = "--passage",
      paramLabel = "N",
      description = "The passage number; all passages of the document when left out.")
  Integer passage;

  @Override
  public Integer call() throws Exception {
    Console console = Console.of(spec);
    Batch batch = Batch.prepare(input, console, message -> console.warn(common, message));
    Coder coder = new Coder(batch.codebook(), batch.model());
    int[] shown = {0};
    var summary =
        batch
            .pipeline()
            .run(
                batch.inputs(),
                coded -> {
                  if (coded.docId().equals(doc)
                      && (passage == null || coded.passage() == passage)) {
                    if (shown[0]++ > 0) {
                      console.out().println();
                    }
                    ExplanationText.print(
                        coded,
                        coder.explain(coded.text(), coded.question(), coded.metadata("role")),
                        console.out());
                  }
                });
    int exit = Batch.exitCode(summary, batch.inputs());
    if (shown[0] == 0) {
      String what =
          passage == null
              ? "document '" + doc + "'"
              : "passage " + passage + " of document '" + doc + "'";
      throw new InputProblem("no " + what + " in the input; check the id with 'waardevol code'");
    }
    return exit;
  }
}
