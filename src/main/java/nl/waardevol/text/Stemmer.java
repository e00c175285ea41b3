package nl.waardevol.text;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Snowball stemming for one language, with a cache: spoken text repeats its words, and the stemmer
 * is the costliest step per token. Not thread-safe; give each worker its own.
 */
public final class Stemmer {
  private static final int CACHE_LIMIT = 200_000;

  private final SnowballStemmer snowball;
  private final Map<String, String> cache = new HashMap<>();

  public Stemmer(String language) {
    this.snowball = new SnowballStemmer(algorithm(language));
  }

  private static SnowballStemmer.ALGORITHM algorithm(String language) {
    return switch (language) {
      case "nl" -> SnowballStemmer.ALGORITHM.DUTCH;
      case "en" -> SnowballStemmer.ALGORITHM.ENGLISH;
      default -> throw new IllegalArgumentException("no stemmer for language " + language);
    };
  }

  /** The stem of a lower-case token. */
  public String stem(String token) {
    String stem = cache.get(token);
    if (stem == null) {
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      stem = snowball.stem(token).toString();
      cache.put(token, stem);
    }
    return stem;
  }
}
