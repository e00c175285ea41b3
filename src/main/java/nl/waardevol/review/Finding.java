package nl.waardevol.review;

/** One thing a codebook check found: an error makes the codebook unusable, a warning does not. */
public record Finding(Severity severity, String source, int line, String message) {
  public enum Severity {
    ERROR,
    WARNING
  }

  /** As printed: {@code warning: codebooks/x.yaml:12: message}. */
  public String format() {
    String where = line > 0 ? source + ":" + line : source;
    return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + where + ": " + message;
  }
}
