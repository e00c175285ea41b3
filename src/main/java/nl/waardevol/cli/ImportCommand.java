package nl.waardevol.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.exchange.ProjectPassages;
import nl.waardevol.read.Document;
import nl.waardevol.read.InputProblem;
import nl.waardevol.table.CodedColumns;
import nl.waardevol.write.CodedTableWriter;
import nl.waardevol.write.Output;
import nl.waardevol.write.TranscriptWriter;
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
      "Read a REFI-QDA project (.qdpx) back into transcripts and a coded table.",
      "For projects exported by ATLAS.ti, MAXQDA, NVivo, QualCoder or waardevol. Writes "
          + "DIR/transcripts/ID.md (the source text, its variables as front matter) and "
          + "DIR/coded.csv: the passages as 'code' segments them, each with the codes of the "
          + "project's codings that cover at least half of it, and an automatic valence. 'report' "
          + "and 'agree' read the table, or the project itself with the same result."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol import corrected.qdpx -o corrected/",
      "  waardevol report corrected/coded.csv -o report.md  # = report corrected.qdpx",
      "  waardevol agree --gold corrected/coded.csv --auto coded.csv",
      "",
      ExitCodes.HELP_NO_SKIPPING
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @ReadsFile
  @Parameters(
      index = "0",
      paramLabel = "PROJECT",
      description = "The .qdpx project exported by a QDA package.")
  String project;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "The folder to write transcripts/ and coded.csv into.")
  String output;

  @Mixin ProjectOptions options;

  @Override
  public Integer call() throws Exception {
    Path directory = Path.of(output);
    OutputGuard.refuse(output, List.of(Path.of(project)));
    OutputGuard.refuse(directory.resolve("coded.csv").toString(), List.of(Path.of(project)));
    Console console = Console.of(spec);
    ProjectPassages.Result result =
        options.read(project, options.codebook(), warning -> console.warn(common, warning));
    if (result.documents().isEmpty()) {
      throw new InputProblem(project, 0, "has no text sources; nothing to import");
    }
    Path transcripts = directory.resolve("transcripts");
    Map<String, Document> files = fileNames(result.documents());
    refuseOtherFiles(transcripts, files.keySet());
    writeTranscripts(files, directory, transcripts);
    Path table = directory.resolve("coded.csv");
    writeTable(result, table);
    long coded = result.passages().stream().filter(passage -> !passage.codes().isEmpty()).count();
    console.info(
        common,
        String.format(
            "imported %d documents, %d passages (%d coded) into %s and %s",
            result.documents().size(),
            result.passages().size(),
            coded,
            directory.resolve("transcripts"),
            table));
    return ExitCodes.OK;
  }

  /** Each document under the file name it gets, in the project's order. */
  private static Map<String, Document> fileNames(List<Document> documents) {
    Map<String, Document> files = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (Document document : documents) {
      files.put(fileName(document.id(), used), document);
    }
    return files;
  }

  /** A file left from another import would be read as part of this project's transcripts. */
  private static void refuseOtherFiles(Path folder, Set<String> written)
      throws IOException, InputProblem {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      Optional<String> other =
          entries
              .map(entry -> entry.getFileName().toString())
              .filter(name -> !written.contains(name))
              .sorted()
              .findFirst();
      if (other.isPresent()) {
        throw new InputProblem(
            folder.toString(),
            0,
            "holds files this import would not write (such as "
                + other.get()
                + "), which would mix with its transcripts; choose an empty folder for -o");
      }
    }
  }

  private static void writeTranscripts(Map<String, Document> files, Path directory, Path folder)
      throws IOException {
    TranscriptWriter writer = new TranscriptWriter();
    for (Map.Entry<String, Document> file : files.entrySet()) {
      try (Output out = Output.openInFolder(directory, folder.resolve(file.getKey()))) {
        writer.write(file.getValue(), out.writer());
        out.commit();
      }
    }
  }

  /**
   * A file name for the id that any file system takes, unique even where case does not count, and
   * visible: a name that began with a dot ({@code ../x}) would be hidden, and a folder search
   * passes over hidden files.
   */
  private static String fileName(String id, Set<String> used) {
    String base = id.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceFirst("^[._]+", "");
    base = base.isEmpty() ? "source" : base;
    String name = base;
    for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n;
    }
    return name + ".md";
  }

  private static void writeTable(ProjectPassages.Result result, Path file) throws IOException {
    Set<String> keys = new HashSet<>();
    result.documents().forEach(document -> keys.addAll(document.metadata().keySet()));
    try (Output out = Output.openInFolder(file.getParent(), file)) {
      CodedTableWriter writer =
          CodedTableWriter.create(
              CodedTableWriter.Format.CSV, out.writer(), CodedColumns.extra(keys));
      for (CodedPassage passage : result.passages()) {
        writer.write(passage);
      }
      writer.finish();
      out.commit();
    }
  }
}
