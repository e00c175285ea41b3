package nl.waardevol.redact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers with a recognisable form: e-mail addresses, Dutch phone numbers, postcodes, street
 * addresses, IBANs, citizen service numbers (BSN) and dates of birth. Numbers are checked where
 * they carry a check (IBAN mod 97, BSN 11-test) so that ordinary numbers survive. White space
 * inside an identifier may be a line break.
 */
final class IdentifierPatterns {
  private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{Alpha}{2,}(?![\\w])",
          Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * A number may be glued to a word ({@code nummer06-12345678}), not to a digit; an opening bracket
   * belongs to it only when it closes after the area code, {@code (020) 123 4567}, so that {@code
   * (06-12345678)} keeps its own.
   */
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\d+])(?:\\+31|0031|\\((?=0\\d{1,3}\\))|0)[\\d\\s\\-.()/]{7,22}");

  private static final Pattern POSTCODE =
      Pattern.compile(
          NOT_WORD_BEFORE
              + "([1-9]\\d{3})(?:\\s?(?!SA|SD|SS)([A-Z]{2})|(?!sa|sd|ss)([a-z]{2}))"
              + NOT_WORD_AFTER);

  /** Street types that end street names written in lower case too: kerkstraat 3. */
  private static final String STREET_TYPES =
      "straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg";

  /** Street types that end street names only when capitalised: Schoolpad 3, but not loopbaan. */
  private static final String CAPITALISED_STREET_TYPES =
      "markt|hof|park|pad|baan|wal|plantsoen|boulevard|allee|veld|haven|akker|hoven|vaart|brink";

  private static final String STREET_WORD =
      "(?:\\p{Lu}[\\p{L}'’-]*(?i:"
          + STREET_TYPES
          + "|"
          + CAPITALISED_STREET_TYPES
          + ")"
          + "|\\p{Ll}[\\p{L}'’-]*(?:"
          + STREET_TYPES
          + ")"
          + "|(?:Markt|Brink|Plein|Kade|Dijk|Singel|Gracht|Hof|Wal|Haven|Dreef))";

  /** The first word of a street name with particles: Laan van Meerdervoort. */
  private static final String STREET_HEAD =
      "(?:Laan|Plein|Kade|Weg|Dijk|Singel|Gracht|Hof|Park|Straat|Dreef)";

  private static final String PARTICLES = "(?:van|de|der|den|het|'t|’t|ter|ten|op|aan|in|bij)";

  /** Words after a number that make it a count (2 jaar, 3 keer), not a house number. */
  private static final String UNITS =
      "jaar|jaren|keer|maal|dag|dagen|week|weken|maand|maanden|uur|uren|minuut|minuten|seconden|euro|eur"
          + "|procent|kilo|kg|km|meter|cm|kinderen|mensen|personen|leerlingen|scholen|x|times|years?|days?"
          + "|weeks?|months?|hours?|minutes?";

  private static final String HOUSE_NUMBER =
      "\\s+\\d{1,4}(?!\\d)(?!\\s*(?i:"
          + UNITS
          + ")"
          + NOT_WORD_AFTER
          + ")"
          + "(?:\\s?[a-zA-Z]"
          + NOT_WORD_AFTER
          + ")?(?:\\s?[-/]\\s?\\d{1,4}[a-zA-Z]?)?(?!\\d)";
  private static final Pattern ADDRESS =
      Pattern.compile(
          NOT_WORD_BEFORE
              + "(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s+(?:"
              + PARTICLES
              + "\\s+)*)*"
              + STREET_WORD
              + "|"
              + STREET_HEAD
              + "(?:\\s+"
              + PARTICLES
              + ")+\\s+\\p{Lu}[\\p{L}'’-]*)"
              + HOUSE_NUMBER
              + "|"
              + NOT_WORD_BEFORE
              + "\\d{1,5}\\s+(?:\\p{Lu}\\p{L}*\\s+){1,3}"
              + "(?:Street|Road|Avenue|Lane|Drive|Close|Way|Court|Place|Square|Crescent|Gardens|Terrace)"
              + NOT_WORD_AFTER);

  /** Capitalised words before a street that open the sentence rather than the street name. */
  private static final Pattern LEADING_WORDS =
      Pattern.compile(
          "(?:(?i:op|in|aan|bij|naar|van|vanaf|via|uit|langs|de|het|een|wij|we|ik|ze|zij|hij|the|at|on|to|from|near)\\s+)+"
              + "(?=\\p{L})");

  /** A capitalised word and the white space after it, before a further word of the match. */
  private static final Pattern FIRST_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*\\s+(?=\\p{L})");

  /**
   * Words that begin street names, so they belong to the street even at the start of a sentence.
   */
  private static final Pattern STREET_PREFIX =
      Pattern.compile(
          "(?i:burgemeester|burg\\.|dokter|dr\\.|professor|prof\\.|koning|koningin|prins|prinses|graaf|sint|st\\."
              + "|oude|nieuwe|korte|lange|hoge|lage|kleine|grote|van|laan|plein|kade|weg|dijk|singel|gracht|hof|park|straat|dreef)");

  /** An IBAN may be glued to a word before it ({@code rekeningNL91...}), not to a digit. */
  private static final Pattern IBAN =
      Pattern.compile("(?<!\\p{N})(?i:[a-z]{2}\\d{2}(?:\\s?[a-z0-9]){11,32})");

  /**
   * The length of an IBAN per country, from the SWIFT IBAN registry: a valid check alone lets the
   * words after an IBAN pass for part of it one time in 97.
   */
  private static final Map<String, Integer> IBAN_LENGTHS = ibanLengths();

  /**
   * Nine digits, glued to a word ({@code bsn111222333}) or not, but not part of a longer number.
   */
  private static final Pattern BSN =
      Pattern.compile(
          "(?<![\\p{N}.,\\-])(\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}[\\s.]\\d{3}[\\s.]\\d{3})(?!\\p{N}|[.,\\-]\\d)");

  private static final String MONTHS =
      "jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|march|mrt|mar|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?"
          + "|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final String DATE =
      "\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*(?:\\d{4}|\\d{2})(?!\\d)"
          + "|\\d{4}-\\d{2}-\\d{2}"
          + "|\\d{1,2}(?:e|ste|de|th|st|nd|rd)?\\s+(?:"
          + MONTHS
          + ")(?:\\.?\\s+\\d{4})?"
          + "|(?:"
          + MONTHS
          + ")\\.?\\s+\\d{1,2}(?:th|st|nd|rd)?(?:,?\\s+\\d{4})?";
  private static final Pattern BIRTH_DATE =
      Pattern.compile(
          "(?i)"
              + NOT_WORD_BEFORE
              + "(?:geboren|geb\\.|geboortedatum|geboortedag|jarig|verjaardag|born|birthday|date of birth|birth date|birthdate|dob|d\\.o\\.b\\.)"
              + "[\\s:,]*(?:(?:op|on|de|the|is|was|in|van|of|als|as)\\s+){0,3}(?:\\p{Ll}+\\s*[:,]?\\s+){0,2}"
              + "(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?"
              + "("
              + DATE
              + ")"
              + NOT_WORD_AFTER);
  private static final Pattern AGE_AFTER =
      Pattern.compile(
          "\\s*(?:\\(\\s*(\\d{1,2})(?:\\s*(?:jaar|jr\\.?|years?|yrs?\\.?|y))?\\s*\\)"
              + "|,?\\s+(?:is\\s+|was\\s+|aged\\s+)?(\\d{1,2})\\s*(?:jaar(?:\\s+oud)?|jr\\.?|years?\\s+old|yrs?\\.?))"
              + NOT_WORD_AFTER,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AGE_BEFORE =
      Pattern.compile("(?i)" + NOT_WORD_BEFORE + "(\\d{1,2})-(?:jarige|year-old)\\s+$");

  private IdentifierPatterns() {}

  /** A quick look for a street type before a number, so the full address pattern runs rarely. */
  private static final Pattern STREET_NUMBER =
      Pattern.compile(
          "(?i:" + STREET_TYPES + "|" + CAPITALISED_STREET_TYPES + ")\\s+\\d|\\d\\s+\\p{Lu}");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  static void findAll(String text, List<Finding> out) {
    if (text.indexOf('@') >= 0) {
      email(text, out);
    }
    // Every other identifier holds a digit, and most paragraphs have none: a whole document is
    // searched a paragraph at a time, so the patterns run only where there is a number.
    for (int start = 0, end; start < text.length(); start = end) {
      int blank = text.indexOf("\n\n", start);
      end = blank < 0 ? text.length() : blank + 2;
      if (DIGIT.matcher(text).region(start, end).find()) {
        List<Finding> found = new ArrayList<>();
        numbers(start == 0 && end == text.length() ? text : text.substring(start, end), found);
        for (Finding finding : found) {
          out.add(finding.shifted(start));
        }
      }
    }
  }

  private static void numbers(String text, List<Finding> out) {
    iban(text, out);
    phone(text, out);
    bsn(text, out);
    birthDate(text, out);
    if (STREET_NUMBER.matcher(text).find()) {
      address(text, out);
    }
    postcode(text, out);
  }

  private static void email(String text, List<Finding> out) {
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      out.add(new Finding(m.start(), m.end(), Kind.EMAIL, m.group().toLowerCase(Locale.ROOT)));
    }
  }

  private static void phone(String text, List<Finding> out) {
    findChecked(
        text,
        PHONE,
        IdentifierPatterns::phoneEnd,
        Kind.PHONE,
        IdentifierPatterns::nationalDigits,
        out);
  }

  /** Where a checked identifier that a match starts ends, or -1 when it is not valid. */
  private interface End {
    int of(String text, int start, int limit);
  }

  /** Each match of {@code pattern}, cut to where {@code end} says a valid identifier ends. */
  private static void findChecked(
      String text,
      Pattern pattern,
      End end,
      Kind kind,
      UnaryOperator<String> identity,
      List<Finding> out) {
    Matcher m = pattern.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int stop = end.of(text, m.start(), m.end());
      if (stop > 0) {
        out.add(
            new Finding(m.start(), stop, kind, identity.apply(text.substring(m.start(), stop))));
        from = stop;
      } else {
        from = m.start() + 1;
      }
    }
  }

  /** Where a Dutch phone number that starts at {@code start} ends: after ten national digits. */
  private static int phoneEnd(String text, int start, int limit) {
    String candidate = text.substring(start, limit);
    int prefix = candidate.startsWith("+31") ? 2 : candidate.startsWith("0031") ? 4 : 0;
    int needed = prefix == 0 ? 10 : prefix + 9;
    int digits = 0;
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (!Character.isDigit(c)) {
        continue;
      }
      digits++;
      if (prefix > 0 && digits == prefix + 1 && c == '0') {
        needed++; // +31 (0)6 ...: a trunk zero after the country code
      }
      if (digits == needed) {
        int end = start + i + 1;
        boolean moreDigits = end < text.length() && Character.isDigit(text.charAt(end));
        String national = nationalDigits(text.substring(start, end));
        return !moreDigits && national.length() == 10 && national.charAt(1) != '0' ? end : -1;
      }
    }
    return -1;
  }

  private static String nationalDigits(String phone) {
    String digits = phone.replaceAll("\\D", "");
    if (phone.startsWith("+31") || phone.startsWith("0031")) {
      digits = digits.substring(phone.startsWith("+31") ? 2 : 4);
      return digits.startsWith("0") ? digits : "0" + digits;
    }
    return digits;
  }

  private static void postcode(String text, List<Finding> out) {
    Matcher m = POSTCODE.matcher(text);
    while (m.find()) {
      String letters = m.group(2) != null ? m.group(2) : m.group(3);
      out.add(
          new Finding(
              m.start(), m.end(), Kind.POSTCODE, m.group(1) + letters.toUpperCase(Locale.ROOT)));
    }
  }

  private static void address(String text, List<Finding> out) {
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      int start = streetStart(text, m.start(), m.end());
      String address = text.substring(start, m.end());
      out.add(
          new Finding(
              start,
              m.end(),
              Kind.ADDRESS,
              address.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
    }
  }

  /**
   * Where the street of an address match begins: after ordinary words the pattern's capitalised
   * words took in, such as {@code Op de} or a sentence's first word ({@code Ook Dorpsstraat 5}).
   */
  private static int streetStart(String text, int start, int end) {
    int at = start;
    while (true) {
      Matcher lead = LEADING_WORDS.matcher(text).region(at, end);
      Matcher first = FIRST_WORD.matcher(text).region(at, end);
      if (lead.lookingAt()) {
        at = lead.end();
      } else if (first.lookingAt()
          && NameFinder.opensSentence(text, at)
          && !STREET_PREFIX.matcher(first.group().strip()).matches()) {
        at = first.end();
      } else {
        return at;
      }
    }
  }

  private static void iban(String text, List<Finding> out) {
    findChecked(
        text,
        IBAN,
        IdentifierPatterns::ibanEnd,
        Kind.IBAN,
        iban -> iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT),
        out);
  }

  /**
   * Where the IBAN that the match starts ends: after as many letters and digits as its country's
   * IBAN has, if those pass the check and no digit follows; else -1.
   */
  private static int ibanEnd(String text, int start, int limit) {
    Integer length = IBAN_LENGTHS.get(text.substring(start, start + 2).toUpperCase(Locale.ROOT));
    if (length == null) {
      return -1;
    }
    int characters = 0;
    for (int end = start; end < limit; end++) {
      if (Character.isLetterOrDigit(text.charAt(end)) && ++characters == length) {
        boolean digitAfter = end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
        return !digitAfter && validIban(text.substring(start, end + 1)) ? end + 1 : -1;
      }
    }
    return -1;
  }

  private static Map<String, Integer> ibanLengths() {
    String registry =
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27"
            + " DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21"
            + " HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27"
            + " MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24"
            + " RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22"
            + " VG24 XK20 YE30";
    Map<String, Integer> lengths = new HashMap<>();
    for (String entry : registry.split(" ")) {
      lengths.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
    }
    return Map.copyOf(lengths);
  }

  static boolean validIban(String iban) {
    String compact = iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (compact.length() < 15 || compact.length() > 34) {
      return false;
    }
    String rearranged = compact.substring(4) + compact.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  private static void bsn(String text, List<Finding> out) {
    Matcher m = BSN.matcher(text);
    while (m.find()) {
      String digits = m.group(1).replaceAll("\\D", "");
      if (passesElevenTest(digits)) {
        out.add(new Finding(m.start(), m.end(), Kind.BSN, digits));
      }
    }
  }

  /** The BSN check: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros). */
  static boolean passesElevenTest(String digits) {
    if (digits.length() != 9 || digits.chars().allMatch(c -> c == '0')) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (digits.charAt(i) - '0');
    }
    sum -= digits.charAt(8) - '0';
    return sum % 11 == 0;
  }

  private static void birthDate(String text, List<Finding> out) {
    Matcher m = BIRTH_DATE.matcher(text);
    while (m.find()) {
      out.add(
          new Finding(
              m.start(1),
              m.end(1),
              Kind.BIRTH_DATE,
              m.group(1).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
    }
  }

  /**
   * An age written right after a name, {@code Lotte (14)}, or before it, {@code de 14-jarige
   * Lotte}.
   */
  static void agesAround(String text, Finding name, List<Finding> out) {
    Matcher after =
        AGE_AFTER.matcher(text).region(name.end(), text.length()).useTransparentBounds(true);
    if (after.lookingAt()) {
      int group = after.group(1) != null ? 1 : 2;
      out.add(new Finding(after.start(group), after.end(group), Kind.AGE, after.group(group)));
    }
    Matcher before =
        AGE_BEFORE.matcher(text.substring(Math.max(0, name.start() - 20), name.start()));
    if (before.find()) {
      int offset = Math.max(0, name.start() - 20);
      out.add(
          new Finding(offset + before.start(1), offset + before.end(1), Kind.AGE, before.group(1)));
    }
  }
}
