package nl.waardevol.cli;

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
      default -> throw new CommandLine.ParameterException(command, "--format must be csv or jsonl, not '" + name + "'");
    };
  }

  static ReportFormat report(String format, String output, CommandLine command) {
    String name = format != null ? format : extension(output, "md");
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "md", "markdown" -> ReportFormat.MD;
      case "csv" -> ReportFormat.CSV;
      case "json" -> ReportFormat.JSON;
      default -> throw new CommandLine.ParameterException(command, "--format must be md, csv or json, not '" + name + "'");
    };
  }

  private static String extension(String output, String fallback) {
    if (output == null || output.equals("-")) {
      return fallback;
    }
    int dot = output.lastIndexOf('.');
    String extension = dot < 0 ? "" : output.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (extension) {
      case "csv", "jsonl", "ndjson", "json", "md" -> extension;
      default -> fallback;
    };
  }

}
