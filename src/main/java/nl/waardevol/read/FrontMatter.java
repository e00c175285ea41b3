package nl.waardevol.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.text.YamlErrors;

/**
 * YAML metadata as {@code key: value} lines: the front matter between {@code ---} lines at the top
 * of a text or SubRip file, or a WebVTT {@code NOTE} block.
 */
public final class FrontMatter {
  /**
   * A text split into its front matter and its body, which starts on file line {@code bodyLine}.
   */
  public record Parts(Map<String, String> metadata, String body, int bodyLine) {}

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  /**
   * Splits off the front matter, if the text starts with a {@code ---} line. Walks the lines of the
   * front matter only: the text is a whole transcript.
   */
  public Parts split(String text, String source) throws InputProblem {
    int firstEnd = lineEnd(text, 0);
    if (!text.substring(0, firstEnd).strip().equals("---")) {
      return new Parts(new LinkedHashMap<>(), text, 1);
    }
    int lineNumber = 1;
    for (int from = firstEnd + 1; from < text.length(); ) {
      int end = lineEnd(text, from);
      lineNumber++;
      String line = text.substring(from, end).strip();
      if (line.equals("---") || line.equals("...")) {
        Map<String, String> metadata = parse(text.substring(firstEnd + 1, from), source, 2);
        return new Parts(
            metadata, end < text.length() ? text.substring(end + 1) : "", lineNumber + 1);
      }
      from = end + 1;
    }
    throw new InputProblem(
        source,
        1,
        "the front matter opened on line 1 is never closed; add a line '---' after the metadata");
  }

  /** Where the line starting at {@code from} ends: at its line break or the end of the text. */
  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }

  /** Parses {@code key: value} lines that start on file line {@code firstLine}. */
  public Map<String, String> parse(String yamlText, String source, int firstLine)
      throws InputProblem {
    JsonNode node;
    try {
      node = yaml.readTree(yamlText);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? firstLine : at.getLineNr() + firstLine - 1;
      throw new InputProblem(
          source,
          line,
          "the front matter is not valid YAML ("
              + YamlErrors.problem(e.getOriginalMessage())
              + "); write it as 'key: value' lines");
    }
    refuseAliases(yamlText, source, firstLine);
    Map<String, String> metadata = new LinkedHashMap<>();
    if (node == null || node.isMissingNode() || node.isNull()) {
      return metadata;
    }
    if (!node.isObject()) {
      throw new InputProblem(source, firstLine, "the front matter must be 'key: value' lines");
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      metadata.put(field.getKey().strip(), scalar(field.getValue(), field.getKey(), source));
    }
    return metadata;
  }

  /**
   * Refuses an alias ({@code region: *i}): the parser would hand on the anchor's name as the value,
   * a silent wrong value in every report.
   */
  private void refuseAliases(String yamlText, String source, int firstLine) throws InputProblem {
    try (YAMLParser parser = (YAMLParser) yaml.getFactory().createParser(yamlText)) {
      while (parser.nextToken() != null) {
        if (parser.isCurrentAlias()) {
          throw new InputProblem(
              source,
              parser.currentTokenLocation().getLineNr() + firstLine - 1,
              "the front matter uses a YAML alias (*"
                  + parser.getText()
                  + "), which waardevol does not follow; write the value itself");
        }
      }
    } catch (IOException e) {
      // Parsed as a tree already; nothing more to find.
    }
  }

  private static String scalar(JsonNode value, String key, String source) throws InputProblem {
    if (value.isNull()) {
      return "";
    }
    if (value.isValueNode()) {
      return value.asText().strip();
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : value) {
        items.add(scalar(item, key, source));
      }
      return String.join("; ", items);
    }
    throw new InputProblem(
        source, 0, "front matter key '" + key + "' holds a nested mapping; give it a single value");
  }
}
