package nl.waardevol.cli;

import java.util.concurrent.Callable;
import nl.waardevol.code.DocumentStage;
import nl.waardevol.pipeline.Pipeline;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.PersonalIds;
import nl.waardevol.redact.PassageRedactor;
import nl.waardevol.redact.Redactor;
import nl.waardevol.write.CodedTableWriter;
import nl.waardevol.write.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Code every passage of every transcript against the codebook.",
      "Writes one row per passage: doc_id, region, role, passage, speaker, start, end, language, "
          + "valence, categories, codes, valued, hindered, wished, confidence, matched, text, "
          + "further metadata columns, then the interviewer question."
    },
    footer = {
      "",
      "Examples:",
      "  waardevol code examples/interviews -o coded.csv",
      "  waardevol code interviews/ -c mine.yaml --meta interviews.csv -o coded.csv",
      "  waardevol code --format jsonl interview.md | jq .codes",
      "  waardevol code interviews/ --redact --private-terms schools.txt -o shared.csv",
      "",
      "Correct the codes in coded.csv by hand in a spreadsheet, save it as CSV, and report from it:",
      "  waardevol report coded.csv",
      "",
      ExitCodes.HELP
    })
final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin PrivacyOptions privacy;
  @Mixin CommonOptions common;

  @Option(
      names = "--redact",
      description =
          "Pseudonymise the text, question and speaker columns and the metadata columns (personal ones such as interviewer become placeholders; region, role, date, type, language stay), for a table that leaves the research team.")
  boolean redact;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Language of the placeholders with --redact: nl ([NAAM-1]) or en ([NAME-1]). Default: ${DEFAULT-VALUE}.",
      defaultValue = "nl")
  String lang;

  @Mixin FormatOption format;

  @Mixin OutputFile output;

  @Option(
      names = "--force",
      description =
          "Replace -o even when it is a coded table in an input folder (which may hold hand corrections).")
  boolean force;

  @Override
  public Integer call() throws Exception {
    if (!force && Batch.isTableInInputFolder(output.path, input.inputs)) {
      throw new InputProblem(
          "-o "
              + output.path
              + " is a coded table in an input folder, perhaps corrected by hand; write elsewhere, or add --force to replace it");
    }
    Console console = Console.of(spec);
    Redactor redactor = redact ? privacy.redactor(Languages.check(lang, spec.commandLine())) : null;
    DocumentStage stage =
        redactor == null ? DocumentStage.NONE : PassageRedactor.redacting(redactor);
    PersonalIds personalIds = Batch.personalIds(redactor);
    Batch batch =
        Batch.prepare(
            input, output.path, console, message -> console.warn(common, message), personalIds);
    CodedTableWriter.Format tableFormat =
        Formats.table(format.format, output.path, spec.commandLine());
    Pipeline.Summary summary;
    try (Output out = Output.open(output.path, console.out())) {
      CodedTableWriter writer =
          CodedTableWriter.create(
              tableFormat, out.writer(), batch.pipeline().metadataKeys(batch.inputs()));
      summary = batch.run(console, common, stage, writer::write);
      int exit = Batch.exitCode(summary, batch.inputs());
      writer.finish();
      out.commit();
      if (out.isFile()) {
        console.info(
            common,
            String.format(
                "coded %d documents, %d passages into %s",
                summary.documents(), summary.passages(), output.path));
      }
      return exit;
    }
  }
}
