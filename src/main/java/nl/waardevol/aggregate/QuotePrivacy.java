package nl.waardevol.aggregate;

/**
 * Whether a report's quotes were pseudonymised, for its method section.
 *
 * @param privateTerms how many terms of the user's --private-terms list were looked for
 */
public record QuotePrivacy(boolean pseudonymised, int privateTerms) {
  public static final QuotePrivacy VERBATIM = new QuotePrivacy(false, 0);
}
