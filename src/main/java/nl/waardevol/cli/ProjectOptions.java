package nl.waardevol.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.codebook.CodebookException;
import nl.waardevol.codebook.CodebookLoader;
import nl.waardevol.exchange.ProjectPassages;
import nl.waardevol.exchange.ProjectReader;
import nl.waardevol.pipeline.Pipeline;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.StandardInput;
import nl.waardevol.table.CodedTableReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What reading a QDA project's codings takes: its codebook, and how to segment its sources. */
public final class ProjectOptions {
  @ReadsFile
  @Option(
      names = {"-c", "--codebook"},
      paramLabel = "FILE",
      defaultValue = "wio-nl",
      description =
          "The codebook of the codings: a YAML file or a shipped name. Default: ${DEFAULT-VALUE}.")
  String codebook;

  @Option(
      names = "--interviewer",
      paramLabel = "LABEL",
      split = ",",
      description =
          "More speaker labels that mark interviewer turns, as when the transcripts were coded.")
  List<String> interviewerLabels = new ArrayList<>();

  @Mixin CoderOption coder;
  @Mixin SettingsOption settings;

  Codebook codebook() throws CodebookException {
    return new CodebookLoader().load(codebook);
  }

  /** A passage as a human coded it, and whether its source holds stances (a table) or not. */
  interface HumanCoding {
    void accept(CodedPassage passage, boolean withStance);
  }

  /**
   * What humans coded in one input: a coded table's passages, or a REFI-QDA project's with the
   * codings of {@code coderName} (null for everyone's). A transcript holds no human coding: it is
   * refused with {@code notCoded}, which says what to give instead.
   */
  void readCoded(
      Input input,
      String coderName,
      Codebook book,
      StandardInput stdin,
      Consumer<String> warnings,
      String notCoded,
      HumanCoding sink)
      throws InputProblem, IOException {
    switch (input.kind()) {
      case PROJECT ->
          read(input.path().toString(), coderName, book, warnings)
              .passages()
              .forEach(passage -> sink.accept(passage, false));
      case CODED_CSV, CODED_JSONL ->
          new CodedTableReader(book, stdin.stream())
              .read(input, passage -> sink.accept(passage, true));
      case TRANSCRIPT -> throw new InputProblem(input.display(), 0, notCoded);
    }
  }

  /** The project's sources as documents, and their passages with {@code --coder}'s codes. */
  ProjectPassages.Result read(String project, Codebook book, Consumer<String> warnings)
      throws InputProblem, IOException {
    return read(project, coder.name, book, warnings);
  }

  /** The same with the codings of {@code coderName} (null for everyone's). */
  ProjectPassages.Result read(
      String project, String coderName, Codebook book, Consumer<String> warnings)
      throws InputProblem, IOException {
    return read(
        Path.of(project),
        project,
        new ProjectPassages(book, new LinkedHashSet<>(interviewerLabels), coderName),
        warnings);
  }

  /**
   * Projects named as INPUT, read as {@code import} reads them (with the codings of {@code
   * coderName}, null for everyone's), for a pipeline run.
   */
  static Pipeline.ProjectSource source(
      Codebook book, Set<String> interviewerLabels, String coderName) {
    // Made per project read, not up front: it compiles a coder, and most runs read no project.
    return (input, warnings, sink) -> {
      ProjectPassages passages = new ProjectPassages(book, interviewerLabels, coderName);
      for (CodedPassage passage :
          read(input.path(), input.display(), passages, warnings).passages()) {
        sink.accept(passage);
      }
    };
  }

  private static ProjectPassages.Result read(
      Path file, String display, ProjectPassages passages, Consumer<String> warnings)
      throws InputProblem, IOException {
    ProjectPassages.Result result = passages.read(ProjectReader.read(file, display), display);
    result.warnings().forEach(warnings);
    return result;
  }
}
