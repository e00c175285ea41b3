package nl.waardevol.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.waardevol.code.CodedColumns;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.code.PassageSink;
import nl.waardevol.code.Valence;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.code.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a coded passage table back, typically after a researcher corrected it by hand in a
 * spreadsheet: the codes in it are taken exactly as they stand, and categories follow from them.
 */
public final class CodedTableReader {
  private static final List<String> REQUIRED =
      List.of(CodedColumns.DOC_ID, CodedColumns.PASSAGE, CodedColumns.VALENCE, CodedColumns.CODES, CodedColumns.TEXT);

  private final Codebook codebook;
  private final Map<String, Code> codes = new LinkedHashMap<>();
  private final InputStream stdin;

  /**
   * With a codebook, codes are checked against it and categories follow from them; with none,
   * codes and categories are taken as written (to compare tables of two codebook versions).
   */
  public CodedTableReader(Codebook codebook, InputStream stdin) {
    this.codebook = codebook;
    this.stdin = stdin;
    if (codebook != null) {
      codebook.codes().forEach(code -> codes.put(code.id(), code));
    }
  }

  public void read(Input input, PassageSink sink) throws InputProblem, IOException {
    try (Reader reader = open(input)) {
      if (input.kind() == Input.Kind.CODED_JSONL) {
        readJsonLines(input, reader, sink);
      } else {
        readCsv(input, reader, sink);
      }
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InputProblem(input.display(), 0, "is not valid UTF-8; save the table as 'CSV UTF-8'");
    }
  }

  private Reader open(Input input) throws IOException {
    InputStream in = input.isStdin() ? stdin : Files.newInputStream(input.path());
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  private void readCsv(Input input, Reader reader, PassageSink sink) throws InputProblem, IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setDelimiter(input.display().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv") ? '\t' : ',')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();
    try (CSVParser parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      for (String column : REQUIRED) {
        if (!header.contains(column)) {
          throw new InputProblem(input.display(), 1, "has no '" + column + "' column; a coded table needs the columns that 'waardevol code' writes");
        }
      }
      for (CSVRecord record : parser) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : header) {
          row.put(column, record.isSet(column) ? SpreadsheetSafe.uncell(record.get(column)) : "");
        }
        sink.accept(passage(row, input.display(), (int) parser.getCurrentLineNumber()));
      }
    } catch (java.io.UncheckedIOException e) {
      throw new InputProblem(input.display(), 0, "is not a readable CSV table (" + e.getCause().getMessage() + ")");
    }
  }

  private static Reader skipBom(Reader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  private void readJsonLines(Input input, Reader reader, PassageSink sink) throws InputProblem, IOException {
    ObjectMapper json = new ObjectMapper();
    BufferedReader lines = (BufferedReader) reader;
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line);
      } catch (JsonProcessingException e) {
        throw new InputProblem(input.display(), lineNumber, "is not a JSON object (" + e.getOriginalMessage() + ")");
      }
      if (!node.isObject()) {
        throw new InputProblem(input.display(), lineNumber, "is not a JSON object; each line must be one passage");
      }
      Map<String, String> row = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        row.put(field.getKey(), jsonText(field.getValue()));
      }
      for (String column : REQUIRED) {
        if (!row.containsKey(column)) {
          throw new InputProblem(input.display(), lineNumber, "has no '" + column + "' field; a coded table needs the fields that 'waardevol code' writes");
        }
      }
      sink.accept(passage(row, input.display(), lineNumber));
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

  private CodedPassage passage(Map<String, String> row, String source, int line) throws InputProblem {
    String docId = row.get(CodedColumns.DOC_ID).strip();
    if (docId.isEmpty()) {
      throw new InputProblem(source, line, "has an empty doc_id; fill it in or delete the row");
    }
    Valence valence = Valence.parse(row.get(CodedColumns.VALENCE));
    if (valence == null) {
      throw new InputProblem(source, line, "has valence '" + row.get(CodedColumns.VALENCE) + "'; use appreciative, deficit or neutral");
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
        throw new InputProblem(source, line, "has code '" + id + "', which codebook " + codebook.id() + " does not define; correct the cell or add the code to the codebook");
      }
      if (!codeIds.contains(id)) {
        codeIds.add(id);
      }
    }
    // Codebook order, and categories that follow the (possibly hand-edited) codes.
    List<String> ordered = codebook == null ? codeIds : codes.keySet().stream().filter(codeIds::contains).toList();
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
        row.get(CodedColumns.TEXT),
        row.getOrDefault(CodedColumns.QUESTION, ""));
  }

  private static int number(String text, String column, String source, int line) throws InputProblem {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InputProblem(source, line, "has " + column + " '" + text + "', which is not a whole number; correct the cell");
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
