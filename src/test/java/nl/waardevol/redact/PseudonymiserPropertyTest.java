package nl.waardevol.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import nl.waardevol.read.InputProblem;
import org.junit.jupiter.api.Test;

/**
 * Random texts from a fixed seed, with phone numbers, citizen service numbers and IBANs planted in
 * every written form, alone, in brackets or glued to the words around them: pseudonymising the
 * result again changes nothing, and no digit of a planted number is left.
 */
class PseudonymiserPropertyTest {
  private static final long SEED = 20261207L;
  private static final int TEXTS = 1000;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\p{Lu}[\\p{Lu}\\p{N}-]*\\]");

  private static final List<String> WORDS =
      List.of(
          "de",
          "het",
          "een",
          "en",
          "maar",
          "toen",
          "school",
          "mentor",
          "rust",
          "tijd",
          "geholpen",
          "nummer",
          "bel",
          "mijn",
          "bsn",
          "rekening",
          "is",
          "was",
          "fijn",
          "moeilijk",
          "juf",
          "meneer",
          "moeder",
          "van",
          "der",
          "zorg",
          "wachtlijst",
          "gesprek",
          "iban",
          "tel",
          "mobiel",
          "Lotte",
          "Sanne",
          "Jan",
          "Daan",
          "Fatima",
          "Jansen",
          "de Vries",
          "van der Meer",
          "Bakker");

  private static final List<String> GLUE = List.of("nummer", "bsn", "Lotte", "tel", "iban", "de");

  private final Redactor redactor = create();

  private static Redactor create() {
    try {
      return Redactor.create(null, List.of(), "nl");
    } catch (InputProblem e) {
      throw new AssertionError(e);
    }
  }

  private String redact(String text) {
    return redactor.forDocument(Map.of(), List.of()).redact(text, "nl").text();
  }

  @Test
  void pseudonymisingTwiceChangesNothingAndLeavesNoDigitOfAPlantedNumber() {
    Random random = new Random(SEED);
    for (int i = 0; i < TEXTS; i++) {
      String text = text(random);
      String once = redact(text);
      assertEquals(once, redact(once), "text " + i + ", pseudonymised twice: " + text);
      String rest = PLACEHOLDER.matcher(once).replaceAll("");
      assertFalse(
          rest.chars().anyMatch(Character::isDigit), "text " + i + ": " + text + "\n" + once);
    }
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int sentences = 1 + random.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      List<String> tokens = new ArrayList<>();
      int length = 3 + random.nextInt(10);
      for (int t = 0; t < length; t++) {
        tokens.add(random.nextInt(5) == 0 ? planted(random) : pick(random, WORDS));
      }
      String sentence = String.join(" ", tokens);
      text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1));
      text.append(pick(random, List.of(". ", "? ", ".\n", ".\n\n", ", ")));
    }
    return text.toString().strip();
  }

  /** A number in one of its written forms, perhaps in brackets or glued to a word. */
  private static String planted(Random random) {
    String number =
        switch (random.nextInt(3)) {
          case 0 -> phone(random);
          case 1 -> bsn(random);
          default -> iban(random);
        };
    return switch (random.nextInt(6)) {
      case 0, 1 -> pick(random, GLUE) + number;
      case 2 -> number + pick(random, List.of("bellen", "en", "dus"));
      case 3 -> "(" + number + ")";
      default -> number;
    };
  }

  private static String phone(Random random) {
    String subscriber = digits(random, 8);
    String area = "" + (1 + random.nextInt(9)) + random.nextInt(10);
    return switch (random.nextInt(8)) {
      case 0 -> "06" + subscriber;
      case 1 -> "06-" + subscriber;
      case 2 -> "06 " + subscriber.substring(0, 4) + " " + subscriber.substring(4);
      case 3 -> "+31 6 " + subscriber;
      case 4 -> "+31 (0)6 " + subscriber;
      case 5 -> "0031" + "6" + subscriber;
      case 6 -> "0" + area + "-" + subscriber.substring(1);
      default -> "(0" + area + ") " + subscriber.substring(1, 4) + " " + subscriber.substring(4);
    };
  }

  private static String bsn(Random random) {
    while (true) {
      String first = digits(random, 8);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (first.charAt(i) - '0');
      }
      int check = sum % 11;
      if (check < 10) {
        String bsn = first + check;
        return switch (random.nextInt(3)) {
          case 0 -> bsn;
          case 1 -> bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
          default -> bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6);
        };
      }
    }
  }

  private static String iban(Random random) {
    String country = pick(random, List.of("NL", "DE", "BE", "GB"));
    String bban =
        switch (country) {
          case "NL" -> letters(random, 4) + digits(random, 10);
          case "DE" -> digits(random, 18);
          case "BE" -> digits(random, 12);
          default -> letters(random, 4) + digits(random, 14);
        };
    String check = String.format("%02d", 98 - mod97(bban + country + "00"));
    String iban = country + check + bban;
    return switch (random.nextInt(3)) {
      case 0 -> iban;
      case 1 -> iban.toLowerCase(java.util.Locale.ROOT);
      default -> iban.replaceAll("(.{4})(?!$)", "$1 ");
    };
  }

  private static int mod97(String text) {
    StringBuilder digits = new StringBuilder();
    for (char c : text.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new java.math.BigInteger(digits.toString())
        .mod(java.math.BigInteger.valueOf(97))
        .intValue();
  }

  private static String digits(Random random, int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }

  private static String letters(Random random, int count) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < count; i++) {
      letters.append((char) ('A' + random.nextInt(26)));
    }
    return letters.toString();
  }

  private static String pick(Random random, List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
