package nl.waardevol.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.waardevol.code.CodeStances;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.PassageSink;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.read.Delimiter;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.TextDecoder;
import nl.waardevol.stance.Stance;
import nl.waardevol.text.Controls;
import nl.waardevol.text.SpreadsheetSafe;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a coded passage table back, typically after a researcher corrected it by hand in a
 * spreadsheet: the codes in it are taken exactly as they stand, and categories follow from them.
 */
public final class CodedTableReader {
  private static final List<String> REQUIRED =
      List.of(
          CodedColumns.DOC_ID,
          CodedColumns.PASSAGE,
          CodedColumns.VALENCE,
          CodedColumns.CODES,
          CodedColumns.TEXT);

  private final Codebook codebook;
  private final Map<String, Code> codes = new LinkedHashMap<>();
  private final InputStream stdin;

  /**
   * With a codebook, codes are checked against it and categories follow from them; with none, codes
   * and categories are taken as written (to compare tables of two codebook versions).
   */
  public CodedTableReader(Codebook codebook, InputStream stdin) {
    this.codebook = codebook;
    this.stdin = stdin;
    if (codebook != null) {
      codebook.codes().forEach(code -> codes.put(code.id(), code));
    }
  }

  /** Receives a table's document ids once every row checked out, before any row is handed on. */
  @FunctionalInterface
  public interface Admission {
    Admission ANY = docIds -> {};

    void admit(Set<String> docIds) throws InputProblem;
  }

  public void read(Input input, PassageSink sink) throws InputProblem, IOException {
    read(input, Admission.ANY, sink);
  }

  /**
   * Reads the whole table or none of it: a first pass checks every row (and lets {@code admission}
   * check the document ids), so that a bad cell on line 23 does not leave a report of the rows
   * before it.
   */
  public void read(Input input, Admission admission, PassageSink sink)
      throws InputProblem, IOException {
    String text = decode(input);
    Set<String> docIds = new LinkedHashSet<>();
    Map<String, Integer> firstLines = new LinkedHashMap<>();
    rows(
        input,
        text,
        (passage, line) -> {
          docIds.add(passage.docId());
          checkUnique(passage, line, firstLines, input.display());
        });
    admission.admit(docIds);
    rows(input, text, (passage, line) -> sink.accept(passage));
  }

  /** A passage and the line it was read from, so that a repeat can name both lines. */
  @FunctionalInterface
  private interface Row {
    void accept(CodedPassage passage, int line) throws InputProblem, IOException;
  }

  /**
   * Refuses a passage that has a row already (a spreadsheet paste): both rows would count, and
   * which of two differing corrections is meant would be a guess.
   */
  private static void checkUnique(
      CodedPassage passage, int line, Map<String, Integer> firstLines, String source)
      throws InputProblem {
    String key = passage.docId() + " #" + passage.passage();
    Integer first = firstLines.putIfAbsent(key, line);
    if (first != null) {
      throw new InputProblem(
          source,
          line,
          "repeats passage " + key + " of line " + first + "; delete one of the two rows");
    }
  }

  private void rows(Input input, String text, Row sink) throws InputProblem, IOException {
    if (input.kind() == Input.Kind.CODED_JSONL) {
      readJsonLines(input, new BufferedReader(new StringReader(text)), sink);
    } else {
      readCsv(input, text, sink);
    }
  }

  private String decode(Input input) throws InputProblem {
    return new TextDecoder(null).decode(input.bytes(stdin), input.display(), "coded table").text();
  }

  private void readCsv(Input input, String text, Row sink) throws InputProblem, IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(Delimiter.of(text, input.display()))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true) // a spreadsheet's empty column after the last one
            .get();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      for (String column : REQUIRED) {
        if (!header.contains(column)) {
          throw new InputProblem(
              input.display(),
              1,
              "has no '"
                  + column
                  + "' column; a coded table needs the columns that 'waardevol code' writes");
        }
      }
      List<String> named = header.stream().filter(column -> !column.isBlank()).toList();
      for (CSVRecord record : parser) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : named) {
          row.put(column, record.isSet(column) ? SpreadsheetSafe.uncell(record.get(column)) : "");
        }
        int line = (int) parser.getCurrentLineNumber();
        sink.accept(passage(row, input.display(), line), line);
      }
    } catch (java.io.UncheckedIOException e) {
      throw new InputProblem(
          input.display(), 0, "is not a readable CSV table (" + e.getCause().getMessage() + ")");
    } catch (CSVException e) {
      // Found by ReadersFuzzTest: a header line that is not valid CSV.
      throw new InputProblem(
          input.display(), 0, "is not a readable CSV table (" + e.getMessage() + ")");
    }
  }

  private void readJsonLines(Input input, BufferedReader lines, Row sink)
      throws InputProblem, IOException {
    ObjectMapper json = new ObjectMapper();
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (JsonProcessingException e) {
        throw new InputProblem(
            input.display(), lineNumber, "is not a JSON object (" + e.getOriginalMessage() + ")");
      }
      if (!node.isObject()) {
        throw new InputProblem(
            input.display(), lineNumber, "is not a JSON object; each line must be one passage");
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        row.put(field.getKey(), jsonText(field.getValue()));
      }
      for (String column : REQUIRED) {
        if (!row.containsKey(column)) {
          throw new InputProblem(
              input.display(),
              lineNumber,
              "has no '"
                  + column
                  + "' field; a coded table needs the fields that 'waardevol code' writes");
        }
      }
      sink.accept(passage(row, input.display(), lineNumber), lineNumber);
    }
  }

  private static String jsonText(JsonNode value) {
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asText()));
      return String.join(CodedColumns.LIST_SEPARATOR, items);
    }
    return value.isNull() ? "" : value.asText();
  }

  private CodedPassage passage(Map<String, String> cells, String source, int line)
      throws InputProblem {
    // A table edited by hand is read as a transcript is: nothing in it may act on a terminal.
    Map<String, String> row = new LinkedHashMap<>();
    cells.forEach((column, value) -> row.put(column, Controls.neutralise(value)));
    String docId = row.get(CodedColumns.DOC_ID).strip();
    if (docId.isEmpty()) {
      throw new InputProblem(source, line, "has an empty doc_id; fill it in or delete the row");
    }
    Stance valence = Stance.parse(row.get(CodedColumns.VALENCE));
    if (valence == null) {
      throw new InputProblem(
          source,
          line,
          "has valence '"
              + row.get(CodedColumns.VALENCE)
              + "'; use appreciative, deficit, wish or neutral");
    }
    List<String> codeIds = new ArrayList<>();
    Set<String> categories = new LinkedHashSet<>();
    if (codebook == null) {
      codeIds.addAll(new LinkedHashSet<>(split(row.get(CodedColumns.CODES))));
      categories.addAll(split(row.getOrDefault(CodedColumns.CATEGORIES, "")));
    }
    for (String id : codebook == null ? List.<String>of() : split(row.get(CodedColumns.CODES))) {
      Code code = codes.get(id);
      if (code == null) {
        throw new InputProblem(
            source,
            line,
            "has code '"
                + id
                + "', which codebook "
                + codebook.id()
                + " does not define; correct the cell or add the code to the codebook");
      }
      if (!codeIds.contains(id)) {
        codeIds.add(id);
      }
    }
    // Codebook order, and categories that follow the (possibly hand-edited) codes.
    List<String> ordered =
        codebook == null ? codeIds : codes.keySet().stream().filter(codeIds::contains).toList();
    if (codebook != null) {
      ordered.forEach(id -> categories.add(codes.get(id).categoryId()));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Map.Entry<String, String> cell : row.entrySet()) {
      String column = cell.getKey();
      boolean fixed = CodedColumns.FIXED.contains(column) || column.equals(CodedColumns.QUESTION);
      if (column.equals(CodedColumns.REGION) || column.equals(CodedColumns.ROLE) || !fixed) {
        metadata.put(column, cell.getValue().strip());
      }
    }
    return new CodedPassage(
        docId,
        metadata,
        number(row.get(CodedColumns.PASSAGE), CodedColumns.PASSAGE, source, line),
        row.getOrDefault(CodedColumns.SPEAKER, ""),
        number(row.getOrDefault(CodedColumns.START, ""), CodedColumns.START, source, line),
        number(row.getOrDefault(CodedColumns.END, ""), CodedColumns.END, source, line),
        row.getOrDefault(CodedColumns.LANGUAGE, ""),
        valence,
        List.copyOf(categories),
        ordered,
        split(row.getOrDefault(CodedColumns.MATCHED, "")),
        stances(row, ordered, valence, source, line),
        confidence(row.getOrDefault(CodedColumns.CONFIDENCE, ""), source, line),
        row.get(CodedColumns.TEXT),
        row.getOrDefault(CodedColumns.QUESTION, ""));
  }

  /**
   * Which codes are valued, hindered and wished: as the table's columns say, or, in a table without
   * them (written before stance per code), each code with the passage's valence.
   */
  private static CodeStances stances(
      Map<String, String> row, List<String> codes, Stance valence, String source, int line)
      throws InputProblem {
    if (!row.containsKey(CodedColumns.VALUED)) {
      return CodeStances.of(codes, valence);
    }
    List<List<String>> lists = new ArrayList<>();
    for (String column : CodedColumns.STANCES) {
      List<String> ids = split(row.getOrDefault(column, ""));
      for (String id : ids) {
        if (!codes.contains(id)) {
          throw new InputProblem(
              source,
              line,
              "has code '"
                  + id
                  + "' in "
                  + column
                  + " but not in codes; add it to codes or remove it from "
                  + column);
        }
      }
      lists.add(codes.stream().filter(ids::contains).toList());
    }
    return new CodeStances(lists.get(0), lists.get(1), lists.get(2));
  }

  /** A model's confidence, from 0 to 1; empty (the rules or a human coded the row) is NaN. */
  private static double confidence(String text, String source, int line) throws InputProblem {
    if (text.isBlank()) {
      return Double.NaN;
    }
    try {
      double confidence = Double.parseDouble(text.strip());
      if (confidence >= 0 && confidence <= 1) {
        return confidence;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new InputProblem(
        source,
        line,
        "has confidence '"
            + text
            + "', which is not a number from 0 to 1; correct or empty the cell");
  }

  private static int number(String text, String column, String source, int line)
      throws InputProblem {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InputProblem(
          source,
          line,
          "has " + column + " '" + text + "', which is not a whole number; correct the cell");
    }
  }

  private static List<String> split(String cell) {
    List<String> items = new ArrayList<>();
    for (String item : cell.split(CodedColumns.LIST_SEPARATOR)) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }
}
