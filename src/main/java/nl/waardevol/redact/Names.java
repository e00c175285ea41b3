package nl.waardevol.redact;

import java.util.Locale;
import java.util.Set;

/** How names are written: particles, titles, and the folded form two mentions are compared in. */
final class Names {
  /** Particles of Dutch and other surnames common in the Netherlands: van, de, ter, el, ... */
  static final Set<String> PARTICLES =
      Set.of(
          "van", "de", "der", "den", "het", "'t", "’t", "ter", "ten", "te", "von", "la", "le", "du",
          "da", "di", "del", "dos", "el", "al");

  /** Words that announce a name: juf Esther, meneer Van Gils, mijn moeder Jantien. */
  static final Set<String> TITLES =
      Set.of(
          "meneer",
          "mevrouw",
          "heer",
          "juf",
          "juffrouw",
          "meester",
          "dokter",
          "miss",
          "mister",
          "zuster",
          "oom",
          "tante",
          "opa",
          "oma",
          "neef",
          "nicht",
          // family and helpers, whose capitalised word after is a name: mijn moeder Jantien
          "moeder",
          "vader",
          "zus",
          "zusje",
          "broer",
          "broertje",
          "zoon",
          "dochter",
          "vriend",
          "vriendin",
          "mentor",
          "collega",
          "buurvrouw",
          "buurman");

  /** Abbreviated titles, which may have a full stop: dhr. Jansen, mw. De Graaf. */
  static final Set<String> ABBREVIATED_TITLES =
      Set.of("dhr", "mw", "mevr", "dr", "mr", "mrs", "ms");

  private static final java.util.regex.Pattern LIST =
      java.util.regex.Pattern.compile("\\s*(?:[;,&/+]|\\s(?:en|and)\\s)\\s*");

  private Names() {}

  /** The names in a metadata value that may list several: {@code Sanne de Graaf; Ilse Wolters}. */
  static java.util.List<String> split(String value) {
    return java.util.Arrays.stream(LIST.split(value.strip()))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .toList();
  }

  static boolean isParticle(String lower) {
    return PARTICLES.contains(lower);
  }

  /** Lower case, single spaces, no possessive: how a name is compared with other mentions. */
  static String fold(String name) {
    return withoutPossessive(name.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
  }

  /** {@code Lotte's} is Lotte: the possessive is kept in the text, outside the placeholder. */
  static String withoutPossessive(String word) {
    if (word.endsWith("'s") || word.endsWith("’s")) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }
}
