package nl.waardevol.redact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of one document, so that Sanne de Graaf, Sanne and mevrouw De Graaf are one person
 * with one placeholder. Known people come from the front matter and the speaker labels; people
 * the lexicon finds are added as they are met.
 */
final class Persons {
  /** Every word (and particle surname) of a known name, to the name it belongs to. */
  private final Map<String, String> aliases = new HashMap<>();

  /** Registers a name; returns the person it is (an earlier one when a part matches). */
  String identify(String name) {
    String full = Names.fold(name);
    String person = aliases.get(full);
    List<String> parts = parts(full);
    for (int i = 0; person == null && i < parts.size(); i++) {
      person = aliases.get(parts.get(i));
    }
    if (person == null) {
      person = full;
    }
    aliases.putIfAbsent(full, person);
    for (String part : parts) {
      aliases.putIfAbsent(part, person);
    }
    return person;
  }

  /** A word (lower case) that is part of a known person's name. */
  boolean isKnown(String lowerWord) {
    return !Names.isParticle(lowerWord) && aliases.containsKey(lowerWord);
  }

  /** The words of a name that identify it: not particles or initials; and the particle surname. */
  private static List<String> parts(String full) {
    String[] words = full.split(" ");
    List<String> parts = new ArrayList<>();
    int particles = -1;
    for (int i = 0; i < words.length; i++) {
      String word = words[i].replaceAll("\\.$", "");
      if (Names.isParticle(word)) {
        particles = particles < 0 ? i : particles;
      } else if (word.length() >= 2) {
        parts.add(word);
        if (particles >= 0 && i == words.length - 1) {
          parts.add(String.join(" ", java.util.Arrays.copyOfRange(words, particles, words.length)));
        }
        if (i < words.length - 1) {
          particles = -1;
        }
      }
    }
    return parts;
  }
}
