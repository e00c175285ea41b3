package nl.waardevol.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemma and word class of a lower-case word, from LanguageTool's morfologik dictionaries (luisterde
 * → luisteren, verb; wachtlijsten → wachtlijst, noun), with Snowball stemming for the words the
 * dictionary lacks. Codebook terms and tokens are compared through {@link #termKeys} and {@link
 * #tokenKeys}: a plain term word that the dictionary knows matches every form of its lemma and
 * nothing else (so 'boos' no longer finds 'bos', as its Snowball stem did); one it does not know
 * matches by stem, as before. Not thread-safe (it caches); give each worker its own.
 */
public final class Lemmatizer {
  /** One reading of a word in the dictionary: its lemma, tag and word class. */
  public record Reading(String lemma, String tag, WordClass wordClass) {
    @Override
    public String toString() {
      return lemma + "/" + tag;
    }
  }

  /** What the dictionary says of one word: its readings (none when it lacks the word). */
  public record Analysis(List<Reading> readings, String stem) {
    public Analysis {
      readings = List.copyOf(readings);
    }

    public boolean known() {
      return !readings.isEmpty();
    }

    /** The distinct lemmas, in the dictionary's order. */
    public List<String> lemmas() {
      return readings.stream().map(Reading::lemma).distinct().toList();
    }

    /** The distinct lemmas of the readings that {@code reading} accepts. */
    List<String> lemmas(java.util.function.Predicate<Reading> reading) {
      return readings.stream().filter(reading).map(Reading::lemma).distinct().toList();
    }

    public boolean is(WordClass wordClass) {
      return readings.stream().anyMatch(reading -> reading.wordClass() == wordClass);
    }
  }

  private static final int CACHE_LIMIT = 200_000;
  private static final String STEM_MARK = "~";

  private final DictionaryLookup lookup;
  private final Stemmer stemmer;
  private final String language;
  private final Map<String, Analysis> cache = new HashMap<>();

  public Lemmatizer(String language) {
    this.language = language;
    this.stemmer = new Stemmer(language);
    this.lookup = new DictionaryLookup(Dictionaries.of(language));
  }

  /** The lemmas and classes of {@code lower}, a lower-case token. */
  public Analysis analyse(String lower) {
    Analysis analysis = cache.get(lower);
    if (analysis == null) {
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      analysis = lookUp(lower);
      cache.put(lower, analysis);
    }
    return analysis;
  }

  private Analysis lookUp(String lower) {
    Analysis analysis = lookUpForm(lower);
    if (!analysis.known()) {
      // Spoken emphasis and stray accents: 'één' is 'een', 'hééél' is not a word either way.
      String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      if (!plain.equals(lower)) {
        Analysis unaccented = lookUpForm(plain);
        return unaccented.known() ? unaccented : analysis;
      }
    }
    return analysis;
  }

  private Analysis lookUpForm(String lower) {
    Set<Reading> readings = new LinkedHashSet<>();
    if (lower.length() <= 64 && Character.isLetter(lower.charAt(0))) {
      for (WordData data : lookup.lookup(lower)) {
        String lemma = String.valueOf(data.getStem());
        String tag = String.valueOf(data.getTag());
        // Names (capitalised lemmas) are not the ordinary word: "Roos" is no lemma of "roos".
        if (!lemma.isEmpty() && !Character.isUpperCase(lemma.charAt(0))) {
          readings.add(new Reading(lemma, tag, WordClass.ofTag(language, tag)));
        }
      }
    }
    return new Analysis(List.copyOf(readings), stemmer.stem(lower));
  }

  /** What a token is compared by: each of its lemmas, and its stem. */
  public String[] tokenKeys(String lower) {
    Analysis analysis = analyse(lower);
    List<String> keys = new ArrayList<>(analysis.lemmas());
    keys.add(STEM_MARK + analysis.stem());
    return keys.toArray(String[]::new);
  }

  /**
   * What a plain term word is compared by: its lemmas when the dictionary knows it, else its stem.
   * A word that is a lemma itself is not also read as a form of a verb ('drukte' the noun, not also
   * a past tense of 'drukken'), but may be a form of another word ('fijne' is 'fijn').
   */
  public String[] termKeys(String lower) {
    Analysis analysis = analyse(lower);
    if (analysis.lemmas().contains(lower)) {
      return analysis
          .lemmas(reading -> reading.lemma().equals(lower) || reading.wordClass() != WordClass.VERB)
          .toArray(String[]::new);
    }
    return analysis.known()
        ? analysis.lemmas().toArray(String[]::new)
        : new String[] {STEM_MARK + analysis.stem()};
  }

  /**
   * What an adjective of a sentiment lexicon is compared by: the lemmas of its adjective readings
   * only ('lui', lazy, is not also the plural of 'man'); its stem when the dictionary lacks it.
   */
  public String[] adjectiveKeys(String lower) {
    Analysis analysis = analyse(lower);
    String[] keys =
        analysis
            .lemmas(reading -> reading.wordClass() == WordClass.ADJECTIVE)
            .toArray(String[]::new);
    return keys.length > 0 ? keys : termKeys(lower);
  }

  /**
   * Whether a word of a phrase is matched by its form rather than its lemma: a function word or an
   * auxiliary, whose lemma would widen the phrase too far ('me gezien' is not 'ik zag', 'was
   * honest' is not 'to be honest').
   */
  public boolean formOnlyInPhrase(String lower) {
    Analysis analysis = analyse(lower);
    if (!analysis.known()) {
      return false;
    }
    boolean content =
        analysis.is(WordClass.NOUN)
            || analysis.is(WordClass.VERB)
            || analysis.is(WordClass.ADJECTIVE)
            || analysis.is(WordClass.ADVERB);
    return !content || analysis.lemmas().stream().anyMatch(AUXILIARIES::contains);
  }

  private static final Set<String> AUXILIARIES =
      Set.of(
          "zijn", "hebben", "worden", "zullen", "kunnen", "moeten", "mogen", "willen", "be", "have",
          "do", "will", "would", "can", "could", "shall", "should", "may", "might", "must");

  /** The dictionaries, read once per run and shared: they are immutable. */
  private static final class Dictionaries {
    private static final Map<String, Dictionary> LOADED = new HashMap<>();

    static synchronized Dictionary of(String language) {
      return LOADED.computeIfAbsent(language, Dictionaries::read);
    }

    private static Dictionary read(String language) {
      String path =
          switch (language) {
            case "nl" -> "/org/languagetool/resource/nl/dutch.dict";
            case "en" -> "/org/languagetool/resource/en/english.dict";
            default -> throw new IllegalArgumentException("no dictionary for language " + language);
          };
      URL url = Lemmatizer.class.getResource(path);
      if (url == null) {
        throw new IllegalStateException(
            "the " + language + " dictionary " + path + " is missing from the build");
      }
      try {
        return Dictionary.read(url);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
