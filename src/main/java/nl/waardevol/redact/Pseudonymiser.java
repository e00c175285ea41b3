package nl.waardevol.redact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the identifiers of one document by placeholders that stay the same throughout it: the
 * first person met is {@code [NAAM-1]} wherever they come back. Numbers are given in the order
 * identifiers are first replaced, so the same calls give the same placeholders.
 */
public final class Pseudonymiser {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\p{Lu}[\\p{Lu}\\p{N}-]*\\]");

  private final PrivateTerms privateTerms;
  private final String placeholderLanguage;
  private final Persons persons = new Persons();
  private final NameFinder names;

  /** kind and identity to placeholder, in the order given */
  private final Map<String, String> placeholders = new LinkedHashMap<>();

  /** placeholder to the original as first met, for the key file */
  private final Map<String, String> originals = new LinkedHashMap<>();

  private final Map<String, Integer> labelCounters = new LinkedHashMap<>();

  /** Placeholders the document already holds, whose numbers are not given again. */
  private final Set<String> taken = new HashSet<>();

  Pseudonymiser(
      NameLexicon lexicon,
      PrivateTerms privateTerms,
      String placeholderLanguage,
      Set<String> protectedWords) {
    this.privateTerms = privateTerms;
    this.placeholderLanguage = placeholderLanguage;
    this.names = new NameFinder(lexicon, persons, protectedWords);
  }

  /** People this document names (a value may list several): found wherever they occur. */
  public void addPersons(String value) {
    Names.split(value).forEach(persons::declare);
  }

  /**
   * Keeps the numbers of the placeholders already in {@code text} from new identifiers, so that a
   * pseudonymised text pseudonymised again (with another list of private terms, say) gives no new
   * {@code [NAAM-1]} beside the one it has. Call it with every text of the document first.
   */
  public void reserve(String text) {
    Matcher existing = PLACEHOLDER.matcher(text);
    while (existing.find()) {
      taken.add(existing.group());
    }
  }

  /** The text with every identifier found replaced; {@code language} (nl, en) of the text. */
  public Redaction redact(String text, String language) {
    List<Finding> found = new ArrayList<>();
    Matcher existing = PLACEHOLDER.matcher(text);
    while (existing.find()) {
      found.add(new Finding(existing.start(), existing.end(), null, existing.group()));
      taken.add(existing.group());
    }
    privateTerms.find(text, found);
    IdentifierPatterns.findAll(text, found);
    found = disjoint(found);
    List<Finding> nameFindings = new ArrayList<>();
    // A name stops where a private term or another identifier begins, and goes on being a name.
    names.find(text, language, covered(found), nameFindings);
    found.addAll(nameFindings);
    for (Finding name : nameFindings) {
      IdentifierPatterns.agesAround(text, name, found);
    }
    return replace(text, disjoint(found));
  }

  /** The placeholders for a personal metadata value, such as the interviewer's name. */
  public String placeholderFor(String personalValue) {
    List<String> replaced = new ArrayList<>();
    for (String name : Names.split(personalValue)) {
      if (PLACEHOLDER.matcher(name).matches()) {
        taken.add(name);
        replaced.add(name);
        continue;
      }
      replaced.add(
          placeholder(new Finding(0, name.length(), Kind.NAME, persons.identify(name)), name));
    }
    return String.join("; ", replaced);
  }

  /** Placeholder to original for everything replaced so far, in the order first replaced. */
  public Map<String, String> key() {
    return java.util.Collections.unmodifiableMap(originals);
  }

  private static BitSet covered(List<Finding> found) {
    BitSet covered = new BitSet();
    found.forEach(finding -> covered.set(finding.start(), finding.end()));
    return covered;
  }

  /**
   * Earlier findings win an overlap (the detectors run in order of certainty). The kept findings
   * are disjoint, so a new one can only overlap its neighbours by start: a document's hundreds of
   * findings are not each compared with all the others.
   */
  private static List<Finding> disjoint(List<Finding> found) {
    TreeMap<Integer, Finding> kept = new TreeMap<>();
    for (Finding finding : found) {
      Map.Entry<Integer, Finding> before = kept.floorEntry(finding.start());
      Map.Entry<Integer, Finding> after = kept.ceilingEntry(finding.start());
      if ((before == null || !finding.overlaps(before.getValue()))
          && (after == null || !finding.overlaps(after.getValue()))) {
        kept.put(finding.start(), finding);
      }
    }
    return new ArrayList<>(kept.values());
  }

  private Redaction replace(String text, List<Finding> findings) {
    List<Redaction.Replacement> replacements = new ArrayList<>();
    for (Finding finding : findings) {
      String original = text.substring(finding.start(), finding.end());
      replacements.add(
          new Redaction.Replacement(
              finding.start(),
              finding.end(),
              finding.kind() == null ? original : placeholder(finding, original)));
    }
    return new Redaction(text, replacements);
  }

  private String placeholder(Finding finding, String original) {
    String label =
        finding.label() != null ? finding.label() : finding.kind().label(placeholderLanguage);
    return placeholders.computeIfAbsent(
        label + "\u0000" + finding.identity(),
        key -> {
          String placeholder;
          do {
            placeholder = "[" + label + "-" + labelCounters.merge(label, 1, Integer::sum) + "]";
          } while (taken.contains(placeholder));
          originals.put(placeholder, original.replaceAll("\\s+", " "));
          return placeholder;
        });
  }
}
