package nl.waardevol.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.waardevol.text.Controls;

/**
 * One transcript as read: its id, its metadata and its text, control characters and bidirectional
 * overrides neutralised ({@link Controls}).
 *
 * @param source the file as the user named it, for messages
 * @param metadata front matter and spreadsheet values, in the order first seen; never {@code id}
 * @param text the body after the front matter, line endings normalised to {@code \n}; for formats
 *     other than text (Word, captions, surveys) a plain-text rendering with {@code Speaker: text}
 *     lines and blank lines between paragraphs. Passage offsets count characters in this text
 * @param bodyLine the file line on which {@code text} starts (1 for rendered formats)
 * @param origin the format and encoding it was read from
 */
public record Document(
    String id,
    String source,
    Map<String, String> metadata,
    String text,
    int bodyLine,
    Origin origin) {
  public Document {
    // Text from a transcript must not act on the terminal or the reading order of whatever shows
    // it: a printed table, a report, a spreadsheet cell.
    id = Controls.neutralise(id);
    text = Controls.neutralise(text);
    Map<String, String> safe = new LinkedHashMap<>();
    metadata.forEach(
        (key, value) -> safe.put(Controls.neutralise(key), Controls.neutralise(value)));
    metadata = Collections.unmodifiableMap(safe);
  }

  /** A document read from UTF-8 plain text. */
  public Document(
      String id, String source, Map<String, String> metadata, String text, int bodyLine) {
    this(id, source, metadata, text, bodyLine, Origin.text("UTF-8"));
  }

  /**
   * A document whose id is the metadata's {@code id} (which is then no longer metadata), or {@code
   * defaultId} when it has none.
   */
  public static Document of(
      String defaultId,
      String source,
      Map<String, String> metadata,
      String text,
      int bodyLine,
      Origin origin) {
    Map<String, String> rest = new LinkedHashMap<>(metadata);
    String id = rest.remove("id");
    if (id == null || id.isBlank()) {
      id = defaultId;
    }
    return new Document(id.strip(), source, rest, text, bodyLine, origin);
  }

  public String metadata(String key) {
    return metadata.getOrDefault(key, "");
  }

  public Document withMetadata(Map<String, String> replaced) {
    return new Document(id, source, replaced, text, bodyLine, origin);
  }
}
