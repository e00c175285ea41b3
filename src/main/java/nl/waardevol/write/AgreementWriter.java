package nl.waardevol.write;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;
import nl.waardevol.agree.Agreement;
import nl.waardevol.agree.Level;
import nl.waardevol.codebook.Codebook;

/** Writes an agreement between a human and an automatic coding as Markdown, CSV or JSON. */
public final class AgreementWriter {
  /** α at or above this is reliable (Krippendorff 2004, Content Analysis, 2nd ed., p. 241). */
  static final double RELIABLE = 0.800;

  /** α at or above this (and below {@link #RELIABLE}) allows tentative conclusions only. */
  static final double TENTATIVE = 0.667;

  /** What was compared: the two files, and the level and codebook of the labels. */
  public record Context(String human, String auto, Level level, Codebook codebook) {}

  private AgreementWriter() {}

  public static void write(ReportFormat format, Agreement agreement, Context context, Writer out)
      throws IOException {
    switch (format) {
      case MD -> AgreementMarkdown.write(agreement, context, out);
      case CSV -> AgreementCsv.write(agreement, context, out);
      case JSON -> AgreementJson.write(agreement, context, out);
    }
    out.flush();
  }

  /**
   * The band of the interpretation that an alpha, as printed, falls in: 2/3 is 0.667, tentative.
   */
  static String band(double alpha) {
    if (!below(alpha, RELIABLE)) {
      return "reliable";
    }
    return below(alpha, TENTATIVE) ? "not reliable" : "tentative";
  }

  /**
   * Whether a measure falls short of a threshold, compared as printed (three decimals), so that a
   * reader who sees 0.667 is never told it is below 0.667.
   */
  public static boolean below(double value, double threshold) {
    return rounded(value) < threshold;
  }

  private static double rounded(double value) {
    // HALF_UP on the exact binary value, as String.format rounds for "%.3f".
    return new BigDecimal(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
  }

  /** Three decimals, or {@code undefined} where the measure is not defined. */
  static String decimal(OptionalDouble value, String undefined) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : undefined;
  }
}
