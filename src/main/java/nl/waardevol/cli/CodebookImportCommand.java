package nl.waardevol.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.exchange.CodebookSkeleton;
import nl.waardevol.exchange.ProjectReader;
import nl.waardevol.exchange.QdaCode;
import nl.waardevol.exchange.QdcFile;
import nl.waardevol.read.InputProblem;
import nl.waardevol.write.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Turn a QDA package's codebook into a YAML skeleton to fill in.",
      "Reads a .qdc, or the code tree of a .qdpx project: lenses, codes, labels and descriptions, with ids derived from the names. The terms are for you to write: each code's include list holds only its own name (marked TODO), so that the skeleton loads. Interviewer labels and valence words are copied from the shipped codebook of --lang."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol codebook import maxqda-codes.qdc -o my-codebook.yaml",
      "  waardevol codebook import project.qdpx --lang en -o my-codebook.yaml",
      "  waardevol codebook check my-codebook.yaml",
      "",
      "Exit codes: 0 ok; 1 the file could not be written; 2 an unreadable file or a bad option.",
      ""
    })
final class CodebookImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @ReadsFile
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A REFI-QDA codebook (.qdc) or project (.qdpx).")
  String file;

  @Mixin OutputFile output;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "nl",
      description = "nl or en: the labels' language and the stemmer. Default: ${DEFAULT-VALUE}.")
  String language;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The new codebook's id. Default: from the name of -o, else 'imported'.")
  String id;

  @Override
  public Integer call() throws Exception {
    Console console = Console.of(spec);
    String shipped =
        switch (Languages.check(language, spec.commandLine())) {
          case "en" -> "ai-en";
          default -> "wio-nl";
        };
    CodebookSkeleton skeleton = new CodebookSkeleton();
    try (Output out = Output.open(output.path, console.out())) {
      skeleton.write(
          tree(),
          codebookId(),
          Path.of(file).getFileName().toString(),
          new CodebookLoader().loadShipped(shipped),
          out.writer());
      out.commit();
    }
    skeleton.warnings().forEach(warning -> console.warn(common, warning));
    return ExitCodes.OK;
  }

  private List<QdaCode> tree() throws InputProblem, IOException {
    Path path = Path.of(file);
    List<QdaCode> tree;
    if (file.toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
      tree = ProjectReader.read(path, file).codes();
    } else {
      try (InputStream in = Files.newInputStream(path)) {
        tree = QdcFile.read(in, file);
      } catch (NoSuchFileException e) {
        throw new InputProblem(file, 0, "no such file; check the path");
      }
    }
    if (tree.isEmpty()) {
      throw new InputProblem(
          file, 0, "has no codes; export the codebook from the QDA package with its codes");
    }
    return tree;
  }

  /** --id, else the name of the output file, as a codebook id. */
  private String codebookId() {
    String name = id;
    if (name == null) {
      boolean toFile = output.path != null && !output.path.equals("-");
      name =
          toFile
              ? Path.of(output.path).getFileName().toString().replaceFirst("\\.[^.]*$", "")
              : "imported";
    }
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[^a-z]+", "");
    return slug.isEmpty() ? "imported" : slug;
  }
}
