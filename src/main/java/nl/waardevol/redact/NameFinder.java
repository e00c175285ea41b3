package nl.waardevol.redact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal names in one text. A word is a name when it belongs to a known person of the
 * document or the lexicon knows it as a first name (in any case), or it is capitalised and the
 * lexicon knows it as a surname; but a name that is also a very common word ({@code dan}, {@code
 * wil}) only when capitalised inside a sentence. Particle surnames ({@code de Vries}), surnames
 * after a first name or a title, and initials join the name.
 */
final class NameFinder {
  private static final Pattern WORD = Pattern.compile("['’]t(?!\\p{L})|\\p{L}[\\p{L}\\p{M}'’-]*");
  private static final String OPENERS = "\"'“”‘’„«»([{*_-–—•#>";
  private static final String SENTENCE_ENDS = ".!?:;…";

  /** A word of the text; {@code core} without possessive or trailing apostrophes and hyphens. */
  private record Word(int start, int end, String text, String core, String lower) {
    /** A word that another finding covers: no name, and never adjacent to one. */
    static final Word BARRIER = new Word(-1, -1, "", "", "");

    static Word of(int start, int end, String text) {
      String core = Names.withoutPossessive(text);
      int length = core.length();
      while (length > 1 && "'’-".indexOf(core.charAt(length - 1)) >= 0) {
        length--;
      }
      core = core.substring(0, length);
      return new Word(start, end, text, core, core.toLowerCase(Locale.ROOT));
    }

    boolean capitalised() {
      return Character.isUpperCase(text.charAt(0));
    }

    boolean acronym() {
      return text.length() <= 4 && text.equals(text.toUpperCase(Locale.ROOT)) && text.length() > 1;
    }

    boolean initial() {
      return text.length() == 1 && Character.isUpperCase(text.charAt(0));
    }
  }

  private final NameLexicon lexicon;
  private final Persons persons;
  private final Set<String> protectedWords;

  NameFinder(NameLexicon lexicon, Persons persons, Set<String> protectedWords) {
    this.lexicon = lexicon;
    this.persons = persons;
    this.protectedWords = protectedWords;
  }

  /**
   * @param taken the characters other findings (private terms, identifiers, placeholders) cover: a
   *     name neither starts nor goes on there
   */
  void find(String text, String language, BitSet taken, List<Finding> out) {
    List<Word> words = words(text, taken);
    for (int i = 0; i < words.size(); i++) {
      int first = nameStart(text, words, i, language);
      if (first < 0) {
        continue;
      }
      int last = extend(text, words, i);
      first = withInitials(text, words, first);
      Word end = words.get(last);
      int endOffset = end.start() + end.core().length();
      String name = text.substring(words.get(first).start(), endOffset);
      out.add(new Finding(words.get(first).start(), endOffset, Kind.NAME, persons.identify(name)));
      i = last;
    }
  }

  /**
   * The words of the text: a word another finding begins inside ({@code LotteNL91ABNA...}) is its
   * part before the finding; a word that begins inside a finding is a barrier between the others.
   */
  private static List<Word> words(String text, BitSet taken) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int covered = taken.nextSetBit(m.start());
      int end = covered < 0 ? m.end() : Math.min(covered, m.end());
      words.add(
          end > m.start() ? Word.of(m.start(), end, text.substring(m.start(), end)) : Word.BARRIER);
    }
    return words;
  }

  /** The index of the first word of the name that word {@code i} starts or is, or -1. */
  private int nameStart(String text, List<Word> words, int i, String language) {
    Word word = words.get(i);
    String lower = word.lower();
    if (lower.isEmpty() || Names.isParticle(lower)) {
      return -1;
    }
    boolean opensSentence = opensSentence(text, word.start());
    if (persons.isKnown(lower)) {
      boolean ordinary =
          (opensSentence || !word.capitalised()) && lexicon.isCommonWord(lower, language)
              || !word.capitalised() && lexicon.isEverydayWord(lower) && !persons.isDeclared(lower);
      int particles = particlesBefore(text, words, i);
      return ordinary
          ? -1
          : particles < i && persons.isKnown(joined(words, particles, i)) ? particles : i;
    }
    if (protectedWords.contains(lower) || lexicon.isNotName(lower)) {
      return -1;
    }
    if (!word.capitalised()) {
      boolean everyday = lexicon.isCommonWord(lower, language) || lexicon.isEverydayWord(lower);
      return lower.length() >= 3 && lexicon.isFirstName(lower) && !everyday ? i : -1;
    }
    if (word.acronym()) {
      return -1;
    }
    int particles = particlesBefore(text, words, i);
    if (particles < i && lexicon.isSurname(joined(words, particles, i))) {
      return particles;
    }
    if (lexicon.isName(lower)) {
      boolean ordinary =
          opensSentence
              && lexicon.isCommonWord(lower, language)
              && !titleBefore(text, words, particles);
      return ordinary ? -1 : i;
    }
    return titleBefore(text, words, particles) ? particles : -1;
  }

  /** The first of the particles right before word {@code i} (so {@code i} when there are none). */
  private static int particlesBefore(String text, List<Word> words, int i) {
    int first = i;
    while (first > 0
        && Names.isParticle(words.get(first - 1).lower())
        && adjacent(text, words.get(first - 1), words.get(first))) {
      first--;
    }
    return first;
  }

  private static boolean titleBefore(String text, List<Word> words, int i) {
    if (i == 0) {
      return false;
    }
    Word before = words.get(i - 1);
    if (before == Word.BARRIER) {
      return false;
    }
    String gap = text.substring(before.end(), words.get(i).start());
    if (Names.ABBREVIATED_TITLES.contains(before.lower())) {
      return gap.matches("\\.?\\s+");
    }
    return Names.TITLES.contains(before.lower()) && gap.isBlank() && !gap.isEmpty();
  }

  /** The last word of the name: further capitalised words and particles that follow directly. */
  private int extend(String text, List<Word> words, int i) {
    int last = i;
    while (true) {
      int candidate = last + 1;
      while (candidate < words.size()
          && Names.isParticle(words.get(candidate).lower())
          && adjacent(text, words.get(candidate - 1), words.get(candidate))) {
        candidate++;
      }
      if (candidate >= words.size()
          || !adjacent(text, words.get(candidate - 1), words.get(candidate))
          || !(continuesName(text, words.get(candidate))
              || particleSurname(words, last + 1, candidate))) {
        return last;
      }
      last = candidate;
    }
  }

  /**
   * Particles and a word after a name that the lexicon knows as a surname in any case: ilse de
   * groot.
   */
  private boolean particleSurname(List<Word> words, int from, int to) {
    return from < to && lexicon.isSurname(joined(words, from, to));
  }

  /** After a name: a capitalised word (a surname, perhaps after particles), not a new sentence. */
  private boolean continuesName(String text, Word word) {
    String lower = word.lower();
    return word.capitalised()
        && !word.acronym()
        && !protectedWords.contains(lower)
        && !lexicon.isNotName(lower)
        && !opensSentence(text, word.start());
  }

  /** Initials right before the name: J. de Vries, A.B. Jansen. */
  private static int withInitials(String text, List<Word> words, int first) {
    while (first > 0
        && words.get(first - 1).initial()
        && text.substring(words.get(first - 1).end(), words.get(first).start())
            .matches("\\.\\s*")) {
      first--;
    }
    return first;
  }

  private static String joined(List<Word> words, int from, int to) {
    StringBuilder joined = new StringBuilder();
    for (int i = from; i <= to; i++) {
      joined.append(i > from ? " " : "").append(words.get(i).lower());
    }
    return joined.toString();
  }

  /** Only white space (a line break too) between two words. */
  private static boolean adjacent(String text, Word left, Word right) {
    if (left == Word.BARRIER || right == Word.BARRIER || !left.core().equals(left.text())) {
      return false;
    }
    for (int i = left.end(); i < right.start(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word at {@code offset} opens a sentence: at the start of the text, after sentence
   * punctuation or a speaker label's colon, at the start of a paragraph, list item or heading. A
   * line break alone does not end a sentence.
   */
  static boolean opensSentence(String text, int offset) {
    int i = offset - 1;
    boolean marker = false;
    while (i >= 0) {
      char c = text.charAt(i);
      if (c == '\n') {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
          j--;
        }
        return marker
            || j < 0
            || text.charAt(j) == '\n'
            || SENTENCE_ENDS.indexOf(text.charAt(j)) >= 0;
      }
      if (SENTENCE_ENDS.indexOf(c) >= 0) {
        return true;
      }
      if (OPENERS.indexOf(c) >= 0) {
        marker |= "-–—*•#>".indexOf(c) >= 0;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
      i--;
    }
    return true;
  }
}
