package nl.waardevol.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.waardevol.learn.BinaryScore;
import nl.waardevol.learn.CrossValidation;
import nl.waardevol.learn.ModelInfo;

/**
 * What {@code train} prints: what the model was trained on and, after {@code --cv}, its
 * cross-validated figures per lens and code, stance accuracy and coverage by confidence.
 */
public final class TrainingReport {
  private final ModelInfo info;
  private final int passages;
  private final CrossValidation.Result validation;

  /** {@code validation}: null when there was no cross-validation. */
  public TrainingReport(ModelInfo info, int passages, CrossValidation.Result validation) {
    this.info = info;
    this.passages = passages;
    this.validation = validation;
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("Model for codebook ").append(info.codebook()).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "Trained on %d coded passages and the codebook's examples, data sha256 %s%n",
            info.trainingPassages(),
            info.trainingHash()));
    if (!info.untrained().isEmpty()) {
      out.append("Codes with too few examples for a model of their own (the rules decide them): ")
          .append(String.join(", ", info.untrained()))
          .append('\n');
    }
    if (validation == null) {
      out.append(
              "Not cross-validated (add --cv 10 for figures); the report counts from confidence ")
          .append(number(info.minConfidence()))
          .append('\n');
      return out.toString();
    }
    out.append('\n').append("Cross-validated:\n\n");
    TextTable lenses = new TextTable("lens", "precision", "recall", "F1", "kappa", "passages");
    validation.lenses().forEach((lens, score) -> lenses.row(row(lens, score)));
    out.append(lenses.text());
    out.append("lens macro-F1 ").append(number(validation.lensMacroF1())).append("\n\n");
    TextTable codes = new TextTable("code", "precision", "recall", "F1", "kappa", "passages");
    validation.codes().forEach((code, score) -> codes.row(row(code, score)));
    out.append(codes.text()).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "stance accuracy %s (%d of %d passages)%n%n",
            number(validation.stanceAccuracy()),
            validation.stanceRight(),
            validation.stanceTotal()));
    TextTable coverage =
        new TextTable(
            "confidence from",
            "passages kept",
            "stance accuracy",
            "valued codes right",
            "valued lenses right");
    for (CrossValidation.Coverage row : validation.coverage()) {
      coverage.row(
          number(row.threshold()),
          percent(row.coverage()),
          number(row.stanceAccuracy()),
          number(row.valuedPrecision()),
          number(row.valuedLensPrecision()));
    }
    out.append(coverage.text()).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "The report counts a passage as valued from confidence %s: the lowest at which at least"
                + " %.0f%% of the lenses counted as valued were right.%n",
            number(info.minConfidence()),
            CrossValidation.COUNTED_RIGHT * 100));
    return out.toString();
  }

  public String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("model", info);
    root.put("codedPassages", passages);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a model's record is plain data", e);
    }
  }

  private static String[] row(String name, BinaryScore score) {
    return new String[] {
      name,
      number(score.precision()),
      number(score.recall()),
      number(score.f1()),
      number(score.kappa()),
      Integer.toString(score.truePositive() + score.falseNegative())
    };
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f%%", value * 100);
  }

  /** Columns aligned with spaces: the first left, the others right. */
  private static final class TextTable {
    private final java.util.List<String[]> rows = new java.util.ArrayList<>();

    TextTable(String... header) {
      rows.add(header);
    }

    void row(String... cells) {
      rows.add(cells);
    }

    String text() {
      int[] widths = new int[rows.get(0).length];
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
      StringBuilder out = new StringBuilder();
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          String cell = row[i];
          String pad = " ".repeat(widths[i] - cell.length());
          out.append(i == 0 ? cell + pad : "  " + pad + cell);
        }
        out.append('\n');
      }
      return out.toString();
    }
  }
}
