package nl.waardevol.stance;

/**
 * A kind of word or phrase that changes how a clause is read, listed per language in {@code
 * markers-LANG.yaml} beside this class.
 */
public enum Marker {
  /** The speaker wants what is not the case: "zou willen", "had ik maar", "I wish". */
  WISH,
  /** Closes praise with the hope that it lasts, which is no wish: "hopelijk blijft dat zo". */
  HOPE_IT_LASTS,
  /** Someone else's words follow or precede: "ze zeiden", "volgens", "they said". */
  REPORTED,
  /** The speaker takes a report as their own: "en dat klopt". */
  ADOPTED,
  /** Praise meant as its opposite: "top hoor", "een feestje", "so-called". */
  IRONY,
  /** A question that asserts what it takes for granted: "waarom moest", "hoezo", "weet je wat". */
  ASSERTING_QUESTION,
  /** A question that asks for what is not the case: "kunnen we niet gewoon", "why can't". */
  WISHING_QUESTION,
  /** Behaviour beyond what is expected, praise without an evaluative word: "ook 's avonds". */
  IMPLICIT_APPRECIATIVE,
  /** What held people back, without an evaluative word: "weer een nieuwe", "niks gehoord". */
  IMPLICIT_DEFICIT,
  /** Opens a clause that turns the sentence: "maar", "echter", "however". */
  CONTRAST,
  /** The same, only where it opens a sentence or follows a comma: "alleen", "toch", "though". */
  CONTRAST_AT_START,
  /** Not a turn after all: "maar ook", "niet alleen", "not only". */
  NO_CONTRAST,
  /** An interviewer question about what helped or worked: a plain answer is praise. */
  ASKS_WHAT_HELPED,
  /** An interviewer question about what was hard: a plain answer is a complaint. */
  ASKS_WHAT_WAS_HARD,
  /** An interviewer question about wishes: a plain answer is a wish. */
  ASKS_FOR_WISHES;

  /** Whether it is looked for in the interviewer's question, not in the passage. */
  public boolean isAboutTheQuestion() {
    return this == ASKS_WHAT_HELPED || this == ASKS_WHAT_WAS_HARD || this == ASKS_FOR_WISHES;
  }
}
