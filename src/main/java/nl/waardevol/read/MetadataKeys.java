package nl.waardevol.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds the metadata keys of a batch before it is coded, so that a streamed table can write its
 * header first. Plain-text transcripts are read only as far as their front matter and coded tables
 * only for their header line, because this pass runs on one thread before the coding starts; other
 * formats are read whole (not segmented or coded). A file that cannot be read is passed over here;
 * coding reports it.
 */
public final class MetadataKeys {
  private MetadataKeys() {}

  /**
   * Every metadata key of the inputs, sorted; {@code nl.waardevol.table.CodedColumns#extra} tells
   * which of them become columns of their own.
   */
  public static Set<String> scan(
      List<Input> inputs, MetadataSheet sheet, DocumentReader reader, StandardInput stdin) {
    TreeSet<String> keys = new TreeSet<>();
    if (sheet != null) {
      keys.addAll(sheet.keys());
    }
    for (Input input : inputs) {
      if (input.kind() == Input.Kind.PROJECT) {
        continue; // a project's keys come from the pipeline, which has its reader
      }
      try {
        if (input.isStdin()) {
          keys.addAll(standardInputKeys(input, reader, stdin));
        } else if (input.kind() == Input.Kind.TRANSCRIPT) {
          keys.addAll(transcriptKeys(input, reader));
        } else {
          keys.addAll(tableKeys(input));
        }
      } catch (InputProblem | IOException | RuntimeException e) {
        // Reported when the file itself is read.
      }
    }
    return keys;
  }

  private static Set<String> transcriptKeys(Input input, DocumentReader reader)
      throws InputProblem, IOException {
    if (DocumentReader.formatOf(input) == Format.TEXT) {
      Optional<byte[]> frontMatter = FileHead.frontMatter(input.path());
      if (frontMatter.isPresent()) {
        return reader.frontMatterKeys(frontMatter.get(), input.display());
      }
    }
    Set<String> keys = new TreeSet<>();
    reader.read(input).forEach(document -> keys.addAll(document.metadata().keySet()));
    return keys;
  }

  /** Standard input was read once to tell its kind, so its keys are read from those bytes. */
  private static Collection<String> standardInputKeys(
      Input input, DocumentReader reader, StandardInput stdin) throws InputProblem, IOException {
    byte[] bytes = stdin.bytes();
    if (input.kind() == Input.Kind.TRANSCRIPT) {
      return reader.parse(bytes, input.display(), "stdin").metadata().keySet();
    }
    return tableKeys(bytes, input);
  }

  private static List<String> tableKeys(Input input) throws InputProblem, IOException {
    return tableKeys(FileHead.firstLine(input.path()), input);
  }

  private static List<String> tableKeys(byte[] bytes, Input input)
      throws InputProblem, IOException {
    String text = new TextDecoder(null).decode(bytes, input.display(), "coded table").text();
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    if (input.kind() == Input.Kind.CODED_JSONL) {
      return fieldNames(header);
    }
    try (CSVParser parser =
        CSVParser.parse(
            header,
            CSVFormat.RFC4180
                .builder()
                .setDelimiter(Delimiter.of(header, input.display()))
                .get())) {
      for (CSVRecord record : parser) {
        return record.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
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
