package nl.waardevol.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names in a speaker label: {@code Fleur} is a name, {@code Moeder} and {@code
 * Leerplichtambtenaar} are roles, {@code Moeder van Sam} holds the name Sam.
 */
final class SpeakerNames {
  /** Role words, and the endings of compound roles (pleegmoeder, wijkteammedewerker). */
  private static final Set<String> ROLES =
      Set.of(
          "moeder",
          "vader",
          "ouder",
          "ouders",
          "oma",
          "opa",
          "tante",
          "oom",
          "broer",
          "zus",
          "zoon",
          "dochter",
          "kind",
          "jongere",
          "leerling",
          "student",
          "ambtenaar",
          "begeleider",
          "coördinator",
          "coordinator",
          "consulent",
          "medewerker",
          "regisseur",
          "pedagoog",
          "psycholoog",
          "docent",
          "leraar",
          "lerares",
          "leerkracht",
          "mentor",
          "directeur",
          "juf",
          "meester",
          "interviewer",
          "int",
          "vraag",
          "antwoord",
          "respondent",
          "deelnemer",
          "voorzitter",
          "notulist",
          "gespreksleider",
          "onderzoeker",
          "verpleegkundige",
          "arts",
          "therapeut",
          "coach",
          "werker",
          "mother",
          "father",
          "parent",
          "teacher",
          "child",
          "pupil",
          "officer",
          "worker",
          "counsellor",
          "counselor",
          "manager",
          "advisor",
          "adviseur",
          "participant",
          "facilitator",
          "interviewee",
          "spreker",
          "speaker",
          "moderator",
          "gezin",
          "familie",
          "partner",
          "man",
          "vrouw",
          "collega",
          "intern",
          "extern",
          "jeugd",
          "wijkteam",
          "school",
          "gemeente",
          "leerplicht",
          "ib'er",
          "iber",
          "young",
          "person",
          "youth",
          "carer",
          "foster",
          "grandmother",
          "grandfather");

  private static final int COMPOUND_ROOT = 4;

  private SpeakerNames() {}

  static List<String> in(String label) {
    List<String> names = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String word : label.strip().split("\\s+")) {
      if (isRole(word)) {
        add(run, names);
      } else {
        run.add(word);
      }
    }
    add(run, names);
    return names;
  }

  private static void add(List<String> run, List<String> names) {
    while (!run.isEmpty() && Names.isParticle(run.get(0).toLowerCase(Locale.ROOT))) {
      run.remove(0);
    }
    if (!run.isEmpty()) {
      names.add(String.join(" ", run));
    }
    run.clear();
  }

  private static boolean isRole(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']", "");
    if (lower.length() <= 1 || ROLES.contains(lower)) {
      return true;
    }
    for (String role : ROLES) {
      if (role.length() >= COMPOUND_ROOT && lower.endsWith(role)) {
        return true;
      }
    }
    return false;
  }
}
