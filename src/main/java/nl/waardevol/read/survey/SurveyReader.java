package nl.waardevol.read.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.waardevol.read.DecodedText;
import nl.waardevol.read.Delimiter;
import nl.waardevol.read.Document;
import nl.waardevol.read.Format;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.Origin;
import nl.waardevol.read.PersonalIds;
import nl.waardevol.read.ReadOptions;
import nl.waardevol.text.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a survey or spreadsheet export (.csv, .tsv): one document per respondent (rows that share
 * an id) or, without an id column, per row. Each open answer is rendered as a {@code Q:} turn
 * holding the column header and an {@code A:} turn holding the answer, so that every answer is a
 * passage and its question the passage's question; every other column is metadata, under its header
 * in lower case.
 */
public final class SurveyReader {
  static final String QUESTION = "Q";
  static final String ANSWER = "A";

  /** The {@code type} of a respondent's document, unless a column gives one. */
  public static final String SURVEY_TYPE = "survey";

  public List<Document> read(
      DecodedText decoded, String source, String baseName, ReadOptions options)
      throws InputProblem {
    List<List<String>> rows = parse(decoded.text(), source);
    if (rows.size() < 2) {
      throw new InputProblem(
          source, 0, "has no rows below its header; export the answers with a header row");
    }
    int headerRows = qualtricsHeaderRows(rows);
    List<String> header = header(rows, headerRows);
    List<List<String>> data = rows.subList(headerRows, rows.size());
    if (data.isEmpty()) {
      throw new InputProblem(
          source, 0, "has no rows below its header; export the answers with a header row");
    }
    SurveyColumns columns = SurveyColumns.choose(header, data, options, source);
    boolean byRow =
        columns.id() >= 0
            && idsName(header.get(columns.id()), data, columns.id(), options.personalIds());
    Map<String, Respondent> respondents = new LinkedHashMap<>();
    Map<String, String> rowIds = new LinkedHashMap<>();
    for (int i = 0; i < data.size(); i++) {
      List<String> row = data.get(i);
      String key = columns.id() < 0 ? "" : cell(row, columns.id());
      String number = Integer.toString(i + 1);
      // Rows of one respondent stay one document, numbered by its first row.
      String id =
          baseName
              + "-"
              + (key.isEmpty() ? number : byRow ? rowIds.computeIfAbsent(key, k -> number) : key);
      respondents.computeIfAbsent(id, Respondent::new).add(row, header, columns);
    }
    Map<String, String> details = details(header, columns, data.size(), respondents);
    List<String> notes =
        byRow
            ? List.of(
                source
                    + ": the ids in column '"
                    + header.get(columns.id())
                    + "' would name people, so the respondents are numbered by row ("
                    + baseName
                    + "-1, ...); name a column of codes with --id-column")
            : List.of();
    List<Document> documents = new ArrayList<>();
    for (Respondent respondent : respondents.values()) {
      if (!respondent.text.isEmpty()) {
        Origin origin =
            new Origin(
                Format.SURVEY,
                decoded.encoding(),
                List.of(QUESTION, ANSWER),
                List.of(QUESTION),
                details,
                notes);
        Map<String, String> metadata = new LinkedHashMap<>(respondent.metadata);
        metadata.putIfAbsent("type", SURVEY_TYPE); // so that a report counts respondents apart
        documents.add(
            new Document(respondent.id, source, metadata, respondent.text.toString(), 1, origin));
      }
    }
    if (documents.isEmpty()) {
      throw new InputProblem(
          source,
          0,
          "has no answers in its open-question columns ("
              + names(header, columns.text())
              + "); check --text-column");
    }
    return documents;
  }

  /** Whether any id in the column would name someone, so that it may not become a document id. */
  private static boolean idsName(
      String column, List<List<String>> rows, int index, PersonalIds personalIds) {
    return rows.stream()
        .map(row -> cell(row, index))
        .filter(id -> !id.isEmpty())
        .anyMatch(id -> personalIds.names(column, id));
  }

  /**
   * How many rows the header takes: 1, or 3 in a Qualtrics export, whose second row holds the
   * question texts and third {@code {"ImportId":"QID1_TEXT"}} cells (2 when only the latter).
   */
  private static int qualtricsHeaderRows(List<List<String>> rows) {
    if (rows.size() > 2 && isImportIdRow(rows.get(2))) {
      return 3;
    }
    return isImportIdRow(rows.get(1)) ? 2 : 1;
  }

  private static boolean isImportIdRow(List<String> row) {
    List<String> filled = row.stream().map(String::strip).filter(cell -> !cell.isEmpty()).toList();
    return !filled.isEmpty()
        && filled.stream()
            .allMatch(cell -> cell.startsWith("{\"ImportId\":") && cell.endsWith("}"));
  }

  /**
   * The column names: a Qualtrics export's question texts where it has them, so that they are the
   * questions.
   */
  private static List<String> header(List<List<String>> rows, int headerRows) {
    List<String> names = new ArrayList<>(rows.get(0).stream().map(String::strip).toList());
    if (headerRows == 3) {
      List<String> texts = rows.get(1);
      for (int i = 0; i < names.size() && i < texts.size(); i++) {
        if (!texts.get(i).isBlank()) {
          names.set(i, texts.get(i).strip());
        }
      }
    }
    return List.copyOf(names);
  }

  /** One respondent's answers and metadata, from one or more rows. */
  private static final class Respondent {
    final String id;
    final Map<String, String> metadata = new LinkedHashMap<>();
    final StringBuilder text = new StringBuilder();
    int answers;

    Respondent(String id) {
      this.id = id;
    }

    void add(List<String> cells, List<String> header, SurveyColumns columns) {
      for (int column : columns.metadata()) {
        String key = columns.keys().get(column);
        String value = cell(cells, column);
        if (!value.isEmpty()) {
          metadata.putIfAbsent(key, value);
        }
      }
      for (int column : columns.text()) {
        String answer = fold(cell(cells, column));
        if (!answer.isEmpty()) {
          answers++;
          text.append(QUESTION).append(": ").append(fold(header.get(column))).append('\n');
          text.append(ANSWER).append(": ").append(answer).append("\n\n");
        }
      }
    }
  }

  private static Map<String, String> details(
      List<String> header, SurveyColumns columns, int rows, Map<String, Respondent> respondents) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("open questions", names(header, columns.text()));
    details.put(
        "id column", columns.id() < 0 ? "none: one document per row" : header.get(columns.id()));
    details.put(
        "metadata columns", columns.metadata().isEmpty() ? "none" : metadataNames(header, columns));
    long silent = respondents.values().stream().filter(r -> r.answers == 0).count();
    details.put(
        "rows",
        rows
            + (silent == 0
                ? ""
                : ", of which "
                    + silent
                    + (silent == 1 ? " respondent" : " respondents")
                    + " without answers"));
    return details;
  }

  /** The metadata columns, each with the key it became where that is not its own name. */
  private static String metadataNames(List<String> header, SurveyColumns columns) {
    List<String> names = new ArrayList<>();
    for (int column : columns.metadata()) {
      String key = columns.keys().get(column);
      String name = header.get(column);
      names.add(key.equals(name.toLowerCase(Locale.ROOT)) ? name : name + " (as " + key + ")");
    }
    return String.join("; ", names);
  }

  private static String names(List<String> header, List<Integer> columns) {
    return String.join("; ", columns.stream().map(header::get).toList());
  }

  private static List<List<String>> parse(String text, String source) throws InputProblem {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(Delimiter.of(text, source)).get();
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>();
        record.forEach(cells::add);
        if (!(cells.size() == 1 && cells.get(0).isBlank())) {
          rows.add(cells);
        }
      }
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      throw new InputProblem(
          source,
          0,
          "is not a readable CSV table ("
              + e.getMessage()
              + "); check its quotes, or export it again");
    }
    return rows;
  }

  private static String cell(List<String> cells, int column) {
    return column < cells.size() ? SpreadsheetSafe.uncell(cells.get(column)).strip() : "";
  }

  private static String fold(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
