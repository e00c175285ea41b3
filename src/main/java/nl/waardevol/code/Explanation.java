package nl.waardevol.code;

import java.util.List;
import nl.waardevol.learn.Prediction;
import nl.waardevol.stance.Stance;

/**
 * Why a text got its codes and stances: every term that matched and where, every exclusion that
 * suppressed a code, every valence term with its negation, and the clauses with the steps that gave
 * each its stance. Token positions count from 0 in the text's tokens; character offsets are into
 * the text.
 *
 * @param lemmas per token, its lemmas and dictionary tags ({@code luisteren/WKW:VLT:1EP}), or its
 *     stem where the dictionary lacks it ({@code ~stem})
 */
public record Explanation(
    String text,
    List<String> tokens,
    List<String> lemmas,
    List<TermMatch> matches,
    List<String> codes,
    List<Suppression> suppressed,
    nl.waardevol.stance.StanceReader.Reading reading,
    CodeStances stances,
    Stance result,
    Prediction prediction) {
  public Explanation {
    tokens = List.copyOf(tokens);
    lemmas = List.copyOf(lemmas);
    matches = List.copyOf(matches);
    codes = List.copyOf(codes);
    suppressed = List.copyOf(suppressed);
  }

  /** What a matching term counts for. */
  public enum Role {
    INCLUDE,
    EXCLUDE,
    APPRECIATIVE,
    DEFICIT,
    /** A stance marker; the entry's owner is the {@link nl.waardevol.stance.Marker}'s ordinal. */
    MARKER
  }

  /**
   * A term that matched tokens {@code fromToken} to {@code toToken} (exclusive).
   *
   * @param codeId the code the term belongs to; empty for valence terms
   */
  public record TermMatch(
      Role role,
      String codeId,
      String term,
      int fromToken,
      int toToken,
      int start,
      int end,
      String matched) {}

  /** A code whose include terms matched, but which an exclude term suppressed. */
  public record Suppression(String codeId, List<String> excludeTerms) {
    public Suppression {
      excludeTerms = List.copyOf(excludeTerms);
    }
  }

  /**
   * One valence term's part in the score.
   *
   * @param codeTerm a code's include term that counts because it is negated (a wish, or a problem
   *     named as the topic), not a term of the valence lexicon
   * @param polarity +1 for an appreciative term or a wish, -1 for a deficit term or a problem
   * @param negator the negator that flipped it, empty when none
   * @param negatorToken its token position, -1 when none
   * @param weight 2 after a contrast word in the sentence, else 1
   * @param contribution what it added to the score
   */
  public record ValenceStep(
      String term,
      boolean codeTerm,
      int fromToken,
      int toToken,
      int polarity,
      String negator,
      int negatorToken,
      int weight,
      double contribution) {}
}
