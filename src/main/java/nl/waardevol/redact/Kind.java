package nl.waardevol.redact;

/** What an identifier is; each kind has a placeholder word in Dutch and in English. */
public enum Kind {
  NAME("NAAM", "NAME"),
  EMAIL("E-MAIL", "EMAIL"),
  PHONE("TELEFOON", "PHONE"),
  POSTCODE("POSTCODE", "POSTCODE"),
  ADDRESS("ADRES", "ADDRESS"),
  IBAN("IBAN", "IBAN"),
  BSN("BSN", "BSN"),
  BIRTH_DATE("GEBOORTEDATUM", "DATE-OF-BIRTH"),
  AGE("LEEFTIJD", "AGE"),
  PRIVATE_TERM("INSTELLING", "INSTITUTION");

  private final String dutch;
  private final String english;

  Kind(String dutch, String english) {
    this.dutch = dutch;
    this.english = english;
  }

  /** The placeholder word: Dutch unless {@code language} is {@code en}. */
  public String label(String language) {
    return language.equals("en") ? english : dutch;
  }
}
