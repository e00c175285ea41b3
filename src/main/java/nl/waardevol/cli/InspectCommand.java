package nl.waardevol.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.waardevol.inspect.Inspection;
import nl.waardevol.inspect.InspectionWriter;
import nl.waardevol.inspect.Inspector;
import nl.waardevol.read.Input;
import nl.waardevol.write.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Show what waardevol reads from each file, without coding it.",
      "Per file: format, encoding, language, metadata, speaker turns and which were taken as "
          + "interviewer, and the first passages. Use it to check a new batch before coding it; "
          + "files that cannot be read are listed with the reason."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol inspect examples/interviews",
      "  waardevol inspect interview.docx captions.vtt --interviewer \"Sanne de Graaf\"",
      "  waardevol inspect survey.csv --text-column \"Wat ging goed?\" --id-column nr",
      "  waardevol inspect interviews/ --format json | jq '.files[] | select(.problem)'",
      "",
      "Exit codes:%n"
          + "  0  ok, every file can be read%n"
          + "  1  failure (an output could not be written, or an internal error)%n"
          + "  2  usage or input error (bad option or codebook, no transcripts,%n"
          + "     a bad file with --strict)%n"
          + "  3  finished, but some files cannot be read (listed in the output)%n"
    })
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin CommonOptions common;

  @Mixin FormatOption format;

  @Option(
      names = "--passages",
      paramLabel = "N",
      description = "Passages shown per document. Default: ${DEFAULT-VALUE}.",
      defaultValue = "3")
  int passages;

  @Mixin OutputFile output;

  @Override
  public Integer call() throws Exception {
    boolean json = format.chosen("text", spec.commandLine(), "text", "json").equals("json");
    if (passages < 0) {
      throw new ParameterException(
          spec.commandLine(), "--passages must be 0 or more, not " + passages);
    }
    Console console = Console.of(spec);
    Batch batch =
        Batch.prepare(input, output.path, console, message -> console.warn(common, message));
    Inspector inspector = new Inspector(batch.pipeline(), passages);
    List<Inspection> inspections = new ArrayList<>();
    for (Input file : batch.inputs()) {
      inspections.add(inspector.inspect(file, input.strict));
    }
    if (batch.sheet() != null) {
      batch.sheet().reportUnused(message -> console.warn(common, message));
    }
    try (Output out = Output.open(output.path, console.out())) {
      InspectionWriter.Settings settings = settings();
      if (json) {
        InspectionWriter.json(settings, inspections, out.writer());
      } else {
        InspectionWriter.text(settings, inspections, out.writer());
      }
      out.commit();
    }
    return inspections.stream().allMatch(Inspection::readable) ? ExitCodes.OK : ExitCodes.SKIPPED;
  }

  /** The project settings the run used, or null. */
  private InspectionWriter.Settings settings() {
    ProjectSettings applied = input.reading.settings.applied;
    if (applied == null) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    applied.settings().forEach(setting -> values.put(setting.key(), applied.shown(setting)));
    return new InspectionWriter.Settings(applied.file().toString(), values);
  }
}
