package nl.waardevol.read;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The spreadsheet researchers keep of their interviews ({@code --meta}): one row per document,
 * matched on an {@code id} or {@code file} column. Its values override front matter; a conflict is
 * reported, never silently resolved.
 */
public final class MetadataSheet {
  private record Row(int line, Map<String, String> values) {}

  private final String source;
  private final List<String> keys;
  private final Map<String, Row> byId = new LinkedHashMap<>();
  private final Map<String, Row> byFile = new LinkedHashMap<>();
  // Documents are matched from several worker threads.
  private final Set<Row> used = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private MetadataSheet(String source, List<String> keys) {
    this.source = source;
    this.keys = List.copyOf(keys);
  }

  public static MetadataSheet read(Path path) throws InputProblem {
    String source = path.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputProblem(
          source, 0, "could not be read (" + e.getMessage() + "); check the --meta path");
    }
    String text = new TextDecoder(null).decode(bytes, source, "CSV sheet").text();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(Delimiter.of(text, source))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    try (Reader reader = new StringReader(text);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header = MetadataNames.sheetKeys(parser.getHeaderNames());
      if (!header.contains("id") && !header.contains("file")) {
        throw new InputProblem(
            source,
            1,
            "has no 'id' or 'file' column (nor respondent, deelnemer, bestand); add one that names each document");
      }
      List<String> keys =
          header.stream()
              .filter(key -> !key.equals("id") && !key.equals("file") && !key.isEmpty())
              .toList();
      MetadataSheet sheet = new MetadataSheet(source, keys);
      for (CSVRecord record : parser) {
        sheet.add(record, header, (int) parser.getCurrentLineNumber());
      }
      return sheet;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputProblem(source, 0, "is not a readable CSV file (" + e.getMessage() + ")");
    }
  }

  private void add(CSVRecord record, List<String> header, int line) throws InputProblem {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < header.size() && i < record.size(); i++) {
      values.put(header.get(i), record.get(i).strip());
    }
    Row row = new Row(line, values);
    String id = values.getOrDefault("id", "");
    String file = values.getOrDefault("file", "");
    if (!id.isEmpty() && byId.putIfAbsent(id, row) != null) {
      throw new InputProblem(
          source, line, "lists document '" + id + "' twice; keep one row per document");
    }
    if (!file.isEmpty()) {
      byFile.putIfAbsent(Path.of(file).getFileName().toString(), row);
    }
  }

  /** The metadata columns, other than id and file, in sheet order. */
  public List<String> keys() {
    return keys;
  }

  /** The document with this sheet's values applied; conflicts go to {@code warnings}. */
  public Document apply(Document document, Path file, Consumer<String> warnings) {
    Row row = byId.get(document.id());
    if (row == null && file != null) {
      row = byFile.get(file.getFileName().toString());
    }
    if (row == null) {
      return document;
    }
    used.add(row);
    Map<String, String> metadata = new LinkedHashMap<>(document.metadata());
    for (String key : keys) {
      String value = row.values().getOrDefault(key, "");
      if (value.isEmpty()) {
        continue;
      }
      String before = metadata.put(key, value);
      if (before != null && !before.isEmpty() && !before.equals(value)) {
        warnings.accept(
            String.format(
                "%s:%d: document %s has %s '%s' in its front matter and '%s' in the sheet; using '%s' from the sheet",
                source, row.line(), document.id(), key, before, value, value));
      }
    }
    return document.withMetadata(metadata);
  }

  /** Warns about rows that matched no document: usually a typo in an id. */
  public void reportUnused(Consumer<String> warnings) {
    Set<Row> seen = new HashSet<>();
    List<Row> rows = new ArrayList<>(byId.values());
    rows.addAll(byFile.values());
    for (Row row : rows) {
      if (!used.contains(row) && seen.add(row)) {
        String name = row.values().getOrDefault("id", row.values().getOrDefault("file", ""));
        warnings.accept(
            String.format(
                "%s:%d: no document matches '%s'; check the id or file name",
                source, row.line(), name));
      }
    }
  }
}
