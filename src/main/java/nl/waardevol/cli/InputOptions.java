package nl.waardevol.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that say what to read: transcripts, codebook, metadata sheet. */
public final class InputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Transcripts (.txt, .md), directories searched for them, coded tables (.csv, .jsonl) "
              + "written by 'waardevol code', or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-c", "--codebook"},
      paramLabel = "FILE",
      description = "The codebook: a YAML file, or a shipped one (wio-nl, ai-en). Default: ${DEFAULT-VALUE}.",
      defaultValue = "wio-nl")
  String codebook;

  @Option(
      names = "--meta",
      paramLabel = "FILE",
      description = "A CSV sheet with one row per document (an id or file column); its values override front matter.")
  String meta;

  @Option(
      names = "--interviewer",
      paramLabel = "LABEL",
      split = ",",
      description = "More speaker labels that mark interviewer turns, beside the codebook's (e.g. --interviewer Onderzoeker,Sanne).")
  List<String> interviewerLabels = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents coded at once. Default: all cores. The output is the same for any N.")
  Integer threads;

  @Option(names = "--strict", description = "Stop at the first file that cannot be read, instead of skipping it.")
  boolean strict;
}
