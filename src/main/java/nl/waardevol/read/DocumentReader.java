package nl.waardevol.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.text.YamlErrors;

/**
 * Reads a transcript file: UTF-8 with or without BOM, optional YAML front matter between
 * {@code ---} lines, then the body. Refuses what is not a transcript with a message that says
 * what to do.
 */
public final class DocumentReader {
  private static final int BINARY_PROBE = 8000;

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
  private final InputStream stdin;

  /** {@code stdin} is read for the input {@code -}. */
  public DocumentReader(InputStream stdin) {
    this.stdin = stdin;
  }

  public Document read(Input input) throws InputProblem {
    byte[] bytes;
    try {
      bytes = input.isStdin() ? stdin.readAllBytes() : Files.readAllBytes(input.path());
    } catch (IOException e) {
      throw new InputProblem(input.display(), 0, "could not be read (" + e.getMessage() + "); check that the file exists and is readable");
    }
    return parse(bytes, input.display(), defaultId(input));
  }

  static String defaultId(Input input) {
    if (input.isStdin()) {
      return "stdin";
    }
    String name = input.path().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  public Document parse(byte[] bytes, String source, String defaultId) throws InputProblem {
    if (bytes.length == 0) {
      throw new InputProblem(source, 0, "is empty; add the transcript text or leave the file out");
    }
    for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
      if (bytes[i] == 0) {
        throw new InputProblem(source, 0, "is a binary file, not a text transcript; save it as UTF-8 text (.txt or .md) or leave it out");
      }
    }
    String text = normaliseLineEndings(decode(bytes, source));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    int bodyLine = 1;
    String body = text;
    if (startsFrontMatter(text)) {
      int close = closingLine(text);
      if (close < 0) {
        throw new InputProblem(source, 1, "the front matter opened on line 1 is never closed; add a line '---' after the metadata");
      }
      List<String> lines = text.lines().toList();
      String yamlText = String.join("\n", lines.subList(1, close));
      metadata = frontMatter(yamlText, source);
      bodyLine = close + 2;
      body = bodyAfter(text, close + 1);
    }
    if (body.isBlank()) {
      throw new InputProblem(source, 0, "has no text after its front matter; add the transcript or leave the file out");
    }
    String id = metadata.remove("id");
    if (id == null || id.isBlank()) {
      id = defaultId;
    }
    return new Document(id.strip(), source, metadata, body, bodyLine);
  }

  private static String decode(byte[] bytes, String source) throws InputProblem {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(buffer).toString();
    } catch (CharacterCodingException e) {
      int line = lineOfByte(bytes, validPrefixLength(bytes));
      throw new InputProblem(source, line, "is not valid UTF-8; save the file as UTF-8 (in Word: Save As, Plain Text, Unicode UTF-8)");
    }
  }

  /** How many bytes decode before the first malformed one. */
  private static int validPrefixLength(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  private static int lineOfByte(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  static String normaliseLineEndings(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean startsFrontMatter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.strip().equals("---");
  }

  /** The index of the line that closes the front matter, or -1. */
  private static int closingLine(String text) {
    List<String> lines = text.lines().toList();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("---") || line.equals("...")) {
        return i;
      }
    }
    return -1;
  }

  private static String bodyAfter(String text, int lineIndex) {
    int offset = 0;
    for (int i = 0; i < lineIndex; i++) {
      int next = text.indexOf('\n', offset);
      if (next < 0) {
        return "";
      }
      offset = next + 1;
    }
    return text.substring(offset);
  }

  private Map<String, String> frontMatter(String yamlText, String source) throws InputProblem {
    JsonNode node;
    try {
      node = yaml.readTree(yamlText);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : at.getLineNr() + 1;
      throw new InputProblem(source, line, "the front matter is not valid YAML (" + YamlErrors.problem(e.getOriginalMessage()) + "); write it as 'key: value' lines");
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    if (node == null || node.isMissingNode() || node.isNull()) {
      return metadata;
    }
    if (!node.isObject()) {
      throw new InputProblem(source, 2, "the front matter must be 'key: value' lines");
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      metadata.put(field.getKey().strip(), scalar(field.getValue(), field.getKey(), source));
    }
    return metadata;
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
    throw new InputProblem(source, 0, "front matter key '" + key + "' holds a nested mapping; give it a single value");
  }
}
