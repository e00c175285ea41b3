package nl.waardevol.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The project settings file: named with {@code --project}, or else {@code waardevol.yaml} in an
 * input folder. {@link ProjectSettings} applies it before the command runs.
 */
public final class SettingsOption {
  @ReadsFile
  @Option(
      names = "--project",
      paramLabel = "FILE",
      description =
          "A project settings file (codebook, meta, private-terms, interviewer, by, ...); command-line options override it. Default: waardevol.yaml in an input folder.")
  String file;

  /** What was applied, once the command line is parsed; null when no settings file was used. */
  ProjectSettings applied;

  /**
   * The files the command reads through options, settings included (the sheet, the private terms,
   * the codebook): a folder search passes over them, so the terms file is never read as a
   * transcript.
   */
  List<Path> optionFiles = List.of();
}
