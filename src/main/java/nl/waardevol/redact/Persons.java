package nl.waardevol.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of one document, so that Sanne de Graaf, Sanne and mevrouw De Graaf are one person
 * with one placeholder. Known people come from the front matter and the speaker labels; people the
 * lexicon finds are added as they are met.
 *
 * <p>A single name ({@code Sanne}, {@code De Graaf}) is the known person it is part of. A first
 * name with a surname is an earlier person only by its whole name, or by its first name when that
 * person was met by the first name alone: a shared surname never makes two people one, so Yvonne de
 * Vries and Sem de Vries keep their own placeholders. A bare surname that two known people share
 * ({@code mevrouw De Vries}) could be either, and gets a placeholder of its own.
 */
final class Persons {
  /** What a part of two people's names points to: neither of them. */
  private static final String SHARED = "\u0000shared";

  /** Every word (and particle surname) of a known name, to the name it belongs to. */
  private final Map<String, String> aliases = new HashMap<>();

  /**
   * The words of the names the document declares (metadata, speaker labels), not those met in the
   * text.
   */
  private final java.util.Set<String> declared = new java.util.HashSet<>();

  /** Registers a name the document declares, from its metadata or a speaker label. */
  void declare(String name) {
    identify(name);
    declared.addAll(parts(Names.fold(name)));
  }

  /** A word (lower case) of a name the document declares. */
  boolean isDeclared(String lowerWord) {
    return declared.contains(lowerWord);
  }

  /** Registers a name; returns the person it is (an earlier one when it matches one). */
  String identify(String name) {
    String full = Names.fold(name);
    List<String> parts = parts(full);
    String person = earlier(full, parts);
    aliases.putIfAbsent(full, person);
    for (String part : parts) {
      String other = aliases.putIfAbsent(part, person);
      if (other != null && !other.equals(person)) {
        aliases.put(part, SHARED);
      }
    }
    return person;
  }

  private String earlier(String full, List<String> parts) {
    String whole = aliases.get(full);
    if (whole != null && !whole.equals(SHARED)) {
      return whole;
    }
    if (nameWords(full) > 1) {
      String byFirstName = aliases.get(parts.get(0));
      return byFirstName != null && !byFirstName.equals(SHARED) && nameWords(byFirstName) == 1
          ? byFirstName
          : full;
    }
    for (String part : parts) {
      String person = aliases.get(part);
      if (SHARED.equals(person)) {
        return "\u0000" + parts.get(0); // neither of the people who share it
      }
      if (person != null) {
        return person;
      }
    }
    return full;
  }

  /** A word (lower case) that is part of a known person's name. */
  boolean isKnown(String lowerWord) {
    return !Names.isParticle(lowerWord) && aliases.containsKey(lowerWord);
  }

  /** How many words of a name are names themselves: not particles or initials. */
  private static int nameWords(String full) {
    return (int)
        Arrays.stream(full.split(" "))
            .map(Persons::withoutFullStop)
            .filter(Persons::isNameWord)
            .count();
  }

  private static boolean isNameWord(String word) {
    return !Names.isParticle(word) && word.length() >= 2;
  }

  private static String withoutFullStop(String word) {
    return word.replaceAll("\\.$", "");
  }

  /** The words of a name that identify it: not particles or initials; and the particle surname. */
  private static List<String> parts(String full) {
    String[] words = full.split(" ");
    List<String> parts = new ArrayList<>();
    int particles = -1;
    for (int i = 0; i < words.length; i++) {
      String word = withoutFullStop(words[i]);
      if (Names.isParticle(word)) {
        particles = particles < 0 ? i : particles;
      } else if (word.length() >= 2) {
        parts.add(word);
        if (particles >= 0 && i == words.length - 1) {
          parts.add(String.join(" ", Arrays.copyOfRange(words, particles, words.length)));
        }
        if (i < words.length - 1) {
          particles = -1;
        }
      }
    }
    return parts;
  }
}
