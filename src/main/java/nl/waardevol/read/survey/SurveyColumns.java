package nl.waardevol.read.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.MetadataNames;
import nl.waardevol.read.ReadOptions;

/**
 * Which columns of a survey table hold the respondent, the open answers and the metadata: as named
 * by {@code --id-column} and {@code --text-column}, or else found: the respondent column by a usual
 * name, the open questions by their text (most answers are several words long and they differ from
 * one another, unlike a region or a scale).
 *
 * @param keys the metadata key of each column, a usual name mapped (Regio is region)
 */
record SurveyColumns(int id, List<Integer> text, List<Integer> metadata, List<String> keys) {
  private static final Set<String> ID_NAMES =
      Set.of(
          "id",
          "respondent",
          "respondentid",
          "responseid",
          "deelnemer",
          "deelnemerid",
          "respondentnummer");
  private static final double MIN_AVERAGE_WORDS = 4;
  private static final int MIN_WORDS = 3;

  static SurveyColumns choose(
      List<String> header, List<List<String>> rows, ReadOptions options, String source)
      throws InputProblem {
    int id =
        options.idColumn() == null
            ? usualIdColumn(header)
            : find(header, options.idColumn(), "--id-column", source);
    List<Integer> text = new ArrayList<>();
    if (options.textColumns().isEmpty()) {
      for (int column = 0; column < header.size(); column++) {
        if (column != id && isFreeText(rows, column)) {
          text.add(column);
        }
      }
      if (text.isEmpty()) {
        throw new InputProblem(
            source,
            1,
            "has no column of written answers (it may be a metadata sheet: then pass it with --meta); name the open-question columns with --text-column");
      }
    } else {
      for (String name : options.textColumns()) {
        text.add(find(header, name, "--text-column", source));
      }
    }
    List<Integer> metadata = new ArrayList<>();
    for (int column = 0; column < header.size(); column++) {
      if (column != id && !text.contains(column) && !header.get(column).isBlank()) {
        metadata.add(column);
      }
    }
    return new SurveyColumns(
        id, List.copyOf(text), List.copyOf(metadata), MetadataNames.keys(header));
  }

  private static int usualIdColumn(List<String> header) {
    for (int column = 0; column < header.size(); column++) {
      if (ID_NAMES.contains(
          header.get(column).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))) {
        return column;
      }
    }
    return -1;
  }

  /** The column a header name names: the same text ignoring case, or else the one it begins. */
  private static int find(List<String> header, String name, String option, String source)
      throws InputProblem {
    String wanted = normalise(name);
    List<Integer> starting = new ArrayList<>();
    for (int column = 0; column < header.size(); column++) {
      String have = normalise(header.get(column));
      if (have.equals(wanted)) {
        return column;
      }
      if (!wanted.isEmpty() && have.startsWith(wanted)) {
        starting.add(column);
      }
    }
    if (starting.size() == 1) {
      return starting.get(0);
    }
    String problem =
        starting.isEmpty()
            ? "has no column '" + name + "'"
            : "has several columns that begin with '" + name + "'";
    throw new InputProblem(
        source, 1, problem + " (" + option + "); its columns are: " + String.join(", ", header));
  }

  private static String normalise(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean isFreeText(List<List<String>> rows, int column) {
    int answers = 0;
    int words = 0;
    int longOnes = 0;
    Set<String> distinct = new HashSet<>();
    for (List<String> row : rows) {
      String cell = column < row.size() ? row.get(column).strip() : "";
      if (cell.isEmpty()) {
        continue;
      }
      int count = cell.split("\\s+").length;
      answers++;
      words += count;
      longOnes += count >= MIN_WORDS ? 1 : 0;
      distinct.add(cell.toLowerCase(Locale.ROOT));
    }
    boolean varied = answers < 4 || distinct.size() * 2 > answers;
    return answers > 0 && words >= MIN_AVERAGE_WORDS * answers && longOnes * 2 >= answers && varied;
  }
}
