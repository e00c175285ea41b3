package nl.waardevol.text;

/** The coarse word class of a dictionary tag, as stance rules need it. */
public enum WordClass {
  NOUN,
  VERB,
  ADJECTIVE,
  ADVERB,
  OTHER;

  /**
   * The class of a morfologik tag: Dutch tags as LanguageTool's (ZNW, WKW, BNW, BYW), English ones
   * Penn Treebank (NN, VB, JJ, RB).
   */
  static WordClass ofTag(String language, String tag) {
    if (language.equals("nl")) {
      return tag.startsWith("ZNW")
          ? NOUN
          : tag.startsWith("WKW")
              ? VERB
              : tag.startsWith("BNW") ? ADJECTIVE : tag.startsWith("BYW") ? ADVERB : OTHER;
    }
    return tag.startsWith("NN")
        ? NOUN
        : tag.startsWith("VB")
            ? VERB
            : tag.startsWith("JJ") ? ADJECTIVE : tag.startsWith("RB") ? ADVERB : OTHER;
  }
}
