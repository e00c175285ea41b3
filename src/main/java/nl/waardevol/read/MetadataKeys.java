package nl.waardevol.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.waardevol.code.CodedColumns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds the metadata keys of a batch before it is coded, reading only front matter and table
 * headers, so that a streamed table can write its header first. A file that cannot be read is
 * passed over here; coding reports it.
 */
public final class MetadataKeys {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private MetadataKeys() {}

  /** The extra metadata keys (beyond the fixed columns), sorted. */
  public static List<String> scan(List<Input> inputs, MetadataSheet sheet) {
    TreeSet<String> keys = new TreeSet<>();
    if (sheet != null) {
      keys.addAll(sheet.keys());
    }
    for (Input input : inputs) {
      if (input.isStdin()) {
        continue;
      }
      try (BufferedReader reader = Files.newBufferedReader(input.path(), StandardCharsets.UTF_8)) {
        keys.addAll(input.kind() == Input.Kind.TRANSCRIPT ? frontMatterKeys(reader) : tableKeys(reader));
      } catch (IOException | RuntimeException e) {
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

  private static List<String> frontMatterKeys(BufferedReader reader) throws IOException {
    String first = reader.readLine();
    if (first == null || !first.replace("\uFEFF", "").strip().equals("---")) {
      return List.of();
    }
    StringBuilder yaml = new StringBuilder();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String stripped = line.strip();
      if (stripped.equals("---") || stripped.equals("...")) {
        return fieldNames(YAML.readTree(yaml.toString()));
      }
      yaml.append(line).append('\n');
    }
    return List.of();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> keys = new ArrayList<>();
    if (node != null && node.isObject()) {
      node.fieldNames().forEachRemaining(keys::add);
    }
    return keys;
  }

  private static List<String> tableKeys(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (header == null) {
      return List.of();
    }
    if (header.replace("\uFEFF", "").startsWith("{")) {
      return fieldNames(JSON.readTree(header.replace("\uFEFF", "")));
    }
    char delimiter = header.indexOf('\t') >= 0 && header.indexOf(',') < 0 ? '\t' : ',';
    List<String> keys = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(header.replace("\uFEFF", ""), CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
      for (CSVRecord record : parser) {
        record.forEach(column -> keys.add(column.strip()));
        break;
      }
    }
    return keys;
  }
}
