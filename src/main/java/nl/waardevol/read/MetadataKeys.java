package nl.waardevol.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.waardevol.code.CodedColumns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds the metadata keys of a batch before it is coded, so that a streamed table can write its
 * header first: every document is read once here (not segmented or coded), and coded tables
 * only for their header. A file that cannot be read is passed over here; coding reports it.
 */
public final class MetadataKeys {
  private MetadataKeys() {}

  /** The extra metadata keys (beyond the fixed columns), sorted. */
  public static List<String> scan(List<Input> inputs, MetadataSheet sheet, DocumentReader reader) {
    TreeSet<String> keys = new TreeSet<>();
    if (sheet != null) {
      keys.addAll(sheet.keys());
    }
    for (Input input : inputs) {
      if (input.isStdin() || input.kind() == Input.Kind.PROJECT) {
        continue; // a project's keys come from the pipeline, which has its reader
      }
      try {
        if (input.kind() == Input.Kind.TRANSCRIPT) {
          reader.read(input).forEach(document -> keys.addAll(document.metadata().keySet()));
        } else {
          keys.addAll(tableKeys(input));
        }
      } catch (InputProblem | IOException | RuntimeException e) {
        // Reported when the file itself is read.
      }
    }
    return extra(keys);
  }

  /** Of some metadata keys, those that become columns of their own after the fixed ones, sorted. */
  public static List<String> extra(java.util.Collection<String> keys) {
    TreeSet<String> extra = new TreeSet<>(keys);
    extra.removeIf(key -> CodedColumns.isFixedMetadata(key) || CodedColumns.FIXED.contains(key) || key.equals(CodedColumns.QUESTION));
    return List.copyOf(extra);
  }

  private static List<String> tableKeys(Input input) throws InputProblem, IOException {
    String text = new TextDecoder(null).decode(Files.readAllBytes(input.path()), input.display(), "coded table").text();
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    if (input.kind() == Input.Kind.CODED_JSONL) {
      return fieldNames(header);
    }
    try (CSVParser parser = CSVParser.parse(header, CSVFormat.RFC4180.builder().setDelimiter(Delimiter.of(header, input.display())).get())) {
      for (CSVRecord record : parser) {
        return record.stream().map(String::strip).toList();
      }
    }
    return List.of();
  }

  private static List<String> fieldNames(String line) throws IOException {
    List<String> keys = new ArrayList<>();
    JsonNode node = new ObjectMapper().readTree(line);
    if (node != null && node.isObject()) {
      node.fieldNames().forEachRemaining(keys::add);
    }
    return keys;
  }
}
