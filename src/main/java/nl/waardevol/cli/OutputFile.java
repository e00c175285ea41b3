package nl.waardevol.cli;

import picocli.CommandLine.Option;

/**
 * {@code -o/--output} for every command that prints its result on standard output unless told a
 * file; the commands whose output is a folder or a required file declare their own.
 */
final class OutputFile {
  /** The file to write, or null or - for standard output. */
  @WritesFile
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      descriptionKey = "output.file",
      description = "Write to FILE (replaced only when complete) instead of standard output.")
  String path;
}
