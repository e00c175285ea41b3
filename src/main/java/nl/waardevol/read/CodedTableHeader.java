package nl.waardevol.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Tells a coded table that {@code waardevol code} wrote from a survey table or a transcript, by its
 * first line, so that inputs are sorted before anything is read. Reading the table is {@code
 * nl.waardevol.table}'s work; these are the columns that mark one.
 */
public final class CodedTableHeader {
  public static final String DOC_ID = "doc_id";
  public static final String CODES = "codes";
  public static final String VALENCE = "valence";

  private static final int HEADER_PROBE = 64 * 1024;

  private CodedTableHeader() {}

  /** Whether a .csv or .tsv file's header is that of a coded table (else it is a survey). */
  public static boolean isCodedTable(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return isCodedTable(in.readNBytes(HEADER_PROBE), path.toString());
    } catch (IOException e) {
      return false; // reading it as a document reports the problem
    }
  }

  /**
   * What text without a file name holds, by its first line: a coded CSV or JSONL table, or a
   * transcript.
   */
  static Input.Kind kindOf(byte[] bytes) {
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, HEADER_PROBE));
    if (isCodedTable(head, "<stdin>")) {
      return Input.Kind.CODED_CSV;
    }
    String first =
        firstLine(new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "")).strip();
    if (first.startsWith("{")) {
      try {
        JsonNode node = new ObjectMapper().readTree(first);
        if (node != null && node.has(DOC_ID)) {
          return Input.Kind.CODED_JSONL;
        }
      } catch (JsonProcessingException e) {
        // Not JSON: a transcript that starts with a brace.
      }
    }
    return Input.Kind.TRANSCRIPT;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static boolean isCodedTable(byte[] head, String display) {
    boolean utf16 =
        head.length > 1
            && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
    String header =
        firstLine(
            new String(head, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8)
                .replace("\uFEFF", ""));
    try (CSVParser parser =
        CSVParser.parse(
            header,
            CSVFormat.RFC4180.builder().setDelimiter(Delimiter.of(header, display)).get())) {
      for (CSVRecord record : parser) {
        List<String> columns = record.stream().map(String::strip).toList();
        return columns.contains(DOC_ID) && (columns.contains(CODES) || columns.contains(VALENCE));
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }
}
