package nl.waardevol.cli;

import java.nio.file.Path;
import java.util.Locale;
import nl.waardevol.write.CodedTableWriter;
import nl.waardevol.write.ReportFormat;
import picocli.CommandLine;

/** Output formats from --format, or from the extension of -o when --format is not given. */
final class Formats {
  private Formats() {}

  static CodedTableWriter.Format table(String format, String output, CommandLine command) {
    String name = format != null ? format : extension(output, "csv");
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "csv" -> CodedTableWriter.Format.CSV;
      case "jsonl", "ndjson" -> CodedTableWriter.Format.JSONL;
      default ->
          throw unknown(
              format, output, "csv or jsonl", "a table format; use .csv or .jsonl", command);
    };
  }

  static ReportFormat report(String format, String output, CommandLine command) {
    String name = format != null ? format : extension(output, "md");
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "md", "markdown" -> ReportFormat.MD;
      case "csv" -> ReportFormat.CSV;
      case "json" -> ReportFormat.JSON;
      case "html", "htm" -> ReportFormat.HTML;
      case "docx" -> ReportFormat.DOCX;
      default ->
          throw unknown(
              format,
              output,
              "md, csv, json, html or docx",
              "a report format; use .md, .csv, .json, .html or .docx",
              command);
    };
  }

  /** Names what chose the format: the --format value, or else the extension of -o. */
  private static CommandLine.ParameterException unknown(
      String format, String output, String formats, String extensions, CommandLine command) {
    String message =
        format != null
            ? "--format must be " + formats + ", not '" + format + "'"
            : "-o "
                + output
                + ": the extension ."
                + extension(output, "")
                + " is not "
                + extensions
                + ", or give --format";
    return new CommandLine.ParameterException(command, message);
  }

  /**
   * The extension of the output's file name, lower case; {@code fallback} for standard output or a
   * name without one.
   */
  private static String extension(String output, String fallback) {
    if (output == null || output.equals("-")) {
      return fallback;
    }
    Path fileName = Path.of(output).getFileName();
    String name = fileName == null ? "" : fileName.toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? fallback : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
