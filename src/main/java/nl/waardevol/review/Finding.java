package nl.waardevol.review;

/**
 * One thing a codebook check found: an error makes the codebook unusable, a warning does not.
 *
 * @param group what findings of this kind are, counted, when there are too many to list ("terms
 *     that never match any of the 77 passages"); empty for a kind that is always listed
 */
public record Finding(Severity severity, String source, int line, String message, String group) {
  public Finding(Severity severity, String source, int line, String message) {
    this(severity, source, line, message, "");
  }

  public enum Severity {
    ERROR,
    WARNING
  }

  /** As printed: {@code warning: codebooks/x.yaml:12: message}. */
  public String format() {
    String where = line > 0 ? source + ":" + line : source;
    return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + where + ": " + message;
  }

  /** The same finding, counted in {@code group} when its kind is too frequent to list. */
  public Finding inGroup(String group) {
    return new Finding(severity, source, line, message, group);
  }
}
