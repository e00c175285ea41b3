package nl.waardevol.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language's stance rules as data: marker terms per {@link Marker} (in codebook term syntax,
 * matched by the coder like any term), the pronouns that make a report the speaker's own words, and
 * the evaluative adjectives of the Pattern lexicon with their polarity.
 *
 * @param markers per kind, the terms as written in {@code markers-LANG.yaml}
 * @param ownVoice lower-case pronouns before a reporting verb that make it the speaker's own
 * @param comparison the degree words (zo) and comparison words (als) of a negated comparison
 *     ("niemand heeft ons zo goed geholpen als zij"), which is praise, not its negation
 * @param adjectives lower-case adjective lemma to polarity (-1 to +1)
 */
public record StanceRules(
    Map<Marker, List<String>> markers,
    Set<String> ownVoice,
    List<Set<String>> comparison,
    Map<String, Double> adjectives) {
  private static final Map<String, StanceRules> LOADED = new LinkedHashMap<>();

  public StanceRules {
    markers = Collections.unmodifiableMap(new EnumMap<>(markers));
    ownVoice = Set.copyOf(ownVoice);
    comparison = List.copyOf(comparison);
    adjectives = Collections.unmodifiableMap(new LinkedHashMap<>(adjectives));
  }

  /** The shipped rules of {@code language} (nl or en), read once. */
  public static synchronized StanceRules of(String language) {
    return LOADED.computeIfAbsent(language.toLowerCase(Locale.ROOT), StanceRules::read);
  }

  private static StanceRules read(String language) {
    String name = language.equals("en") ? "en" : "nl";
    try (InputStream yaml = resource("markers-" + name + ".yaml");
        InputStream tsv = resource("pattern-" + name + ".tsv")) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
      Map<Marker, List<String>> markers = new EnumMap<>(Marker.class);
      for (Marker marker : Marker.values()) {
        markers.put(marker, strings(root.path(marker.name().toLowerCase(Locale.ROOT))));
      }
      Set<String> ownVoice = new LinkedHashSet<>(strings(root.path("own_voice")));
      List<Set<String>> comparison =
          List.of(
              Set.copyOf(strings(root.path("comparison_degree"))),
              Set.copyOf(strings(root.path("comparison_than"))));
      return new StanceRules(markers, ownVoice, comparison, adjectives(tsv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = StanceRules.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the stance resource " + name + " is missing from the build");
    }
    return in;
  }

  private static List<String> strings(JsonNode list) {
    List<String> values = new ArrayList<>();
    list.forEach(item -> values.add(item.asText()));
    return values;
  }

  private static Map<String, Double> adjectives(InputStream tsv) throws IOException {
    Map<String, Double> polarity = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        polarity.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
      }
    }
    return polarity;
  }
}
