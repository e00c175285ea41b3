package nl.waardevol.codebook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.text.YamlErrors;

/** Reads YAML with Jackson's parser into {@link Located} values. */
public final class YamlTree {
  private final YAMLFactory factory = YAMLFactory.builder().build();

  /**
   * Parses {@code text}; {@code firstLine} is the file line of the text's first line (front matter
   * starts below the opening {@code ---}).
   */
  public Located parse(String text, String source, int firstLine) throws CodebookException {
    try (JsonParser parser = factory.createParser(text)) {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Located.Mapping(Map.of(), Map.of(), firstLine, 1);
      }
      return read(parser, firstLine - 1);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr() + firstLine - 1;
      int column = at == null ? 0 : at.getColumnNr();
      throw new CodebookException(
          source, line, column, "is not valid YAML: " + YamlErrors.problem(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new CodebookException(source, 0, 0, "could not be read: " + e.getMessage());
    }
  }

  private Located read(JsonParser parser, int lineOffset) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr() + lineOffset;
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Located> entries = new LinkedHashMap<>();
      Map<String, Located> keys = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        JsonLocation keyAt = parser.currentTokenLocation();
        String key = parser.currentName();
        keys.put(key, new Located.Scalar(key, keyAt.getLineNr() + lineOffset, keyAt.getColumnNr()));
        parser.nextToken();
        entries.put(key, read(parser, lineOffset));
      }
      return new Located.Mapping(
          Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keys), line, column);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Located> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(parser, lineOffset));
      }
      return new Located.Sequence(List.copyOf(items), line, column);
    }
    String text = token == JsonToken.VALUE_NULL ? "" : parser.getText();
    return new Located.Scalar(text, line, column);
  }
}
