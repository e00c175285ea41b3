package nl.waardevol.aggregate;

import java.util.Optional;
import java.util.function.Function;
import nl.waardevol.code.CodedPassage;

/**
 * How a quote is taken from a passage: verbatim, or pseudonymised, in which case a passage that
 * cannot be made safe gives no quote at all.
 *
 * @param text the text to quote from a passage, or empty when it may not be quoted
 */
public record Quoting(Function<CodedPassage, Optional<String>> text, QuotePrivacy privacy) {
  public static final Quoting VERBATIM = new Quoting(passage -> Optional.of(passage.text()), QuotePrivacy.VERBATIM);
}
