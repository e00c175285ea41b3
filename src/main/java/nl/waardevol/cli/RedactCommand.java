package nl.waardevol.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.waardevol.read.Document;
import nl.waardevol.read.DocumentReader;
import nl.waardevol.read.Format;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputProblem;
import nl.waardevol.redact.RedactedDocument;
import nl.waardevol.redact.Redactor;
import nl.waardevol.write.Output;
import nl.waardevol.write.PseudonymKeyWriter;
import nl.waardevol.write.TranscriptWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "redact",
    mixinStandardHelpOptions = true,
    modelTransformer = InputOptions.TextOnly.class,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Write pseudonymised copies of transcripts for people who may not see names.",
      "Names, contact details, numbers and private terms become placeholders such as [NAAM-1], the "
          + "same within a document; personal front-matter keys (child, ...) are left out, and the "
          + "interviewer key keeps only its placeholder, so the copies still code as the originals. The "
          + "copies keep their file names, below DIR as below the input directory."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol redact examples/interviews -o shared/",
      "  waardevol redact interviews/ -o shared/ --key private/key.csv",
      "  waardevol redact interviews/ -o shared/ --private-terms schools.txt --lang en",
      "  waardevol redact interviews/ -o shared/ --meta sheet.csv --personal mentor",
      "",
      "The key (--key) links every placeholder to the original: keep it apart from the shared "
          + "set. Detection helps, it does not guarantee: read the copies before they are shared.",
      "",
      ExitCodes.HELP
    })
final class RedactCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand TopCommand top;
  @Mixin InputOptions input;
  @Mixin PrivacyOptions privacy;
  @Mixin CommonOptions common;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "The directory for the pseudonymised copies (created if needed).")
  String output;

  @WritesFile
  @Option(
      names = "--key",
      paramLabel = "FILE",
      description =
          "Also write the key, placeholder to original per document, as CSV to FILE (outside DIR).")
  String key;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Language of the placeholders: nl ([NAAM-1]) or en ([NAME-1]). Default: ${DEFAULT-VALUE}.",
      defaultValue = "nl")
  String lang;

  @Override
  public Integer call() throws Exception {
    Console console = top.console();
    Path directory = Path.of(output).toAbsolutePath().normalize();
    checkKeyOutside(directory);
    checkOutsideInputs(directory);
    Redactor redactor = privacy.redactor(Languages.check(lang, spec.commandLine()));
    Batch batch =
        Batch.prepare(
            input,
            null,
            console,
            message -> console.warn(common, message),
            Batch.personalIds(redactor));
    List<Input> inputs = batch.inputs();
    OutputGuard.refuse("--key", key, OutputGuard.files(inputs));
    List<Path> reads = OutputGuard.files(inputs, input.meta, input.codebook, privacy.privateTerms);
    Map<String, Map<String, String>> keys = new LinkedHashMap<>();
    Set<Path> targets = new HashSet<>();
    int skipped = 0;
    for (Input in : inputs) {
      try {
        checkTranscript(in);
        List<RedactedDocument> copies = batch.pipeline().rewrite(in, redactor::redact);
        for (RedactedDocument copy : copies) {
          Document document = copy.document();
          Path target =
              target(in, copyName(in, document, copies.size()), directory, targets, reads);
          try (Output out = Output.openInFolder(directory, target)) {
            new TranscriptWriter().write(document, out.writer());
            out.commit();
          }
          keys.put(document.id(), copy.key());
        }
      } catch (InputProblem problem) {
        if (input.strict) {
          throw problem;
        }
        console.warn(common, problem.getMessage() + " (skipped)");
        skipped++;
      }
    }
    if (keys.isEmpty()) {
      throw new InputProblem("none of the inputs could be pseudonymised; see the warnings above");
    }
    writeKey(keys, console);
    console.info(
        common, String.format("wrote %d pseudonymised transcripts to %s", keys.size(), output));
    return skipped > 0 ? ExitCodes.SKIPPED : ExitCodes.OK;
  }

  private void checkKeyOutside(Path directory) {
    if (key != null && Path.of(key).toAbsolutePath().normalize().startsWith(directory)) {
      throw new ParameterException(
          spec.commandLine(),
          "--key "
              + key
              + " is inside the output directory, which is meant to be shared; write the key elsewhere");
    }
  }

  /**
   * The copies would mix with the originals, and the next run over the folder would meet every
   * document twice, so DIR must be neither an input directory nor inside one.
   */
  private void checkOutsideInputs(Path directory) {
    for (String argument : input.inputs) {
      Path in = Path.of(argument).toAbsolutePath().normalize();
      if (!argument.equals("-") && Files.isDirectory(in) && directory.startsWith(in)) {
        throw new ParameterException(
            spec.commandLine(),
            "-o "
                + output
                + " is inside the input directory "
                + argument
                + "; write the pseudonymised copies to a directory of their own");
      }
    }
  }

  /** 'redact' copies transcripts; a coded table or a project is refused with what to do. */
  private static void checkTranscript(Input in) throws InputProblem {
    if (in.kind() == Input.Kind.PROJECT) {
      throw new InputProblem(
          in.display(),
          0,
          "is a REFI-QDA project; 'redact' copies transcripts: import it first (waardevol import "
              + in.display()
              + " -o DIR) and redact DIR/transcripts");
    }
    if (in.kind() != Input.Kind.TRANSCRIPT) {
      throw new InputProblem(
          in.display(),
          0,
          "is a coded table; 'redact' copies transcripts, use 'waardevol code --redact' for a table");
    }
  }

  /**
   * The copy's path below the output directory: the input's, or for a format other than text (Word,
   * captions, a survey) a Markdown transcript named after the file, or after each respondent's
   * document id.
   */
  private Path copyName(Input in, Document document, int documents) {
    if (in.isStdin()) {
      return Path.of("stdin.txt");
    }
    Path relative = relativeName(in.path());
    if (DocumentReader.formatOf(in) == Format.TEXT) {
      return relative;
    }
    String name = relative.getFileName().toString();
    String base =
        documents == 1 ? name.substring(0, Math.max(name.lastIndexOf('.'), 1)) : document.id();
    return relative.resolveSibling(base + ".md");
  }

  /** Where the copy goes, checked against the input itself and the other copies. */
  private Path target(Input in, Path relative, Path directory, Set<Path> targets, List<Path> reads)
      throws InputProblem {
    Path target = directory.resolve(relative).normalize();
    // A link already there is replaced, not written through, so it cannot lead to an input.
    if (!Files.isSymbolicLink(target) && OutputGuard.isInput(target, List.of(in.path()))) {
      throw new InputProblem(
          in.display(),
          0,
          "would be overwritten by its own copy; choose an output directory other than the input's");
    }
    if (!Files.isSymbolicLink(target) && OutputGuard.isInput(target, reads)) {
      throw new InputProblem(
          in.display(),
          0,
          "would get the name of "
              + target
              + ", a file this run reads; choose another output directory");
    }
    if (!targets.add(target)) {
      throw new InputProblem(
          in.display(),
          0,
          "has the same name as another input, so its copy would overwrite that one; redact them into different directories");
    }
    return target;
  }

  private Path relativeName(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    for (String argument : input.inputs) {
      Path root = Path.of(argument).toAbsolutePath().normalize();
      if (Files.isDirectory(root) && absolute.startsWith(root)) {
        return root.relativize(absolute);
      }
    }
    return file.getFileName();
  }

  private void writeKey(Map<String, Map<String, String>> keys, Console console)
      throws java.io.IOException {
    if (key == null) {
      return;
    }
    try (Output out = Output.openPrivate(key, console.out())) {
      PseudonymKeyWriter.write(keys, out.writer());
      out.commit();
    }
    console.info(
        common,
        "wrote the key to " + key + "; it names everyone, keep it within the research team");
  }
}
