package nl.waardevol.review;

/**
 * The outcome of one codebook example.
 *
 * @param shouldMatch true for a {@code match:} example, false for a {@code no_match:} one
 * @param why for a failure, what decided it
 */
public record ExampleResult(
    String codeId, boolean shouldMatch, String sentence, boolean passed, String why) {
  /** As a test runner prints it: {@code FAIL code: sentence — why}. */
  public String format() {
    String line = (passed ? "PASS " : "FAIL ") + codeId + ": " + sentence;
    return passed ? line : line + " — " + why;
  }
}
