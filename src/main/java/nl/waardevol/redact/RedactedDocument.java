package nl.waardevol.redact;

import java.util.Map;
import nl.waardevol.read.Document;

/**
 * A transcript pseudonymised whole, for sharing.
 *
 * @param document the document with its text and kept metadata pseudonymised, personal keys gone
 * @param key each placeholder to the original it replaced, in the order first replaced
 */
public record RedactedDocument(Document document, Map<String, String> key) {
  public RedactedDocument {
    key = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(key));
  }
}
