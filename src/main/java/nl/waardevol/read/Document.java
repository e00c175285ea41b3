package nl.waardevol.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One transcript as read: its id, its metadata and its text.
 *
 * @param source the file as the user named it, for messages
 * @param metadata front matter and spreadsheet values, in the order first seen; never {@code id}
 * @param text the body after the front matter, line endings normalised to {@code \n}; passage
 *     offsets count characters in this text
 * @param bodyLine the file line on which {@code text} starts
 */
public record Document(String id, String source, Map<String, String> metadata, String text, int bodyLine) {
  public Document {
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  public String metadata(String key) {
    return metadata.getOrDefault(key, "");
  }

  public Document withMetadata(Map<String, String> replaced) {
    return new Document(id, source, replaced, text, bodyLine);
  }
}
