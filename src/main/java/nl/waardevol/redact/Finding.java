package nl.waardevol.redact;

/**
 * One identifier found in a text.
 *
 * @param start offset of its first character
 * @param end offset just after its last character
 * @param identity what makes two findings the same thing, so they get the same placeholder
 * @param label the placeholder word when it is not the kind's own (a --private-terms category)
 */
record Finding(int start, int end, Kind kind, String identity, String label) {
  Finding(int start, int end, Kind kind, String identity) {
    this(start, end, kind, identity, null);
  }

  /** The same finding in a text that has {@code offset} more characters before it. */
  Finding shifted(int offset) {
    return new Finding(start + offset, end + offset, kind, identity, label);
  }

  boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }
}
