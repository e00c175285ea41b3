package nl.waardevol.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads a codebook from YAML and checks it, saying exactly what is wrong and where: unknown and
 * missing keys, duplicate ids, empty term lists, terms that cannot be parsed.
 */
public final class CodebookLoader {
  /** The codebook used when none is named. */
  public static final String DEFAULT = "wio-nl";

  /** The codebooks shipped in the jar, by name. */
  public static final List<String> SHIPPED = List.of("wio-nl", "ai-en");

  private static final List<String> DEFAULT_INTERVIEWER_LABELS =
      List.of("I", "Int", "Interviewer", "Vraag", "Q");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
  private static final List<String> LANGUAGES = List.of("nl", "en");
  private static final int DEFAULT_NEGATION_WINDOW = 6;

  private final TermParser terms = new TermParser();

  /** Loads a file, or a shipped codebook when {@code nameOrPath} is one of {@link #SHIPPED}. */
  public Codebook load(String nameOrPath) throws CodebookException {
    if (SHIPPED.contains(nameOrPath) && !Files.exists(Path.of(nameOrPath))) {
      return loadShipped(nameOrPath);
    }
    Path path = Path.of(nameOrPath);
    try {
      return parse(Files.readAllBytes(path), nameOrPath);
    } catch (NoSuchFileException e) {
      throw new CodebookException(
          nameOrPath,
          0,
          0,
          "no such codebook file; give a path to a YAML codebook or one of " + SHIPPED);
    } catch (IOException e) {
      throw new CodebookException(nameOrPath, 0, 0, "could not be read: " + e.getMessage());
    }
  }

  public Codebook loadShipped(String name) throws CodebookException {
    String resource = "/nl/waardevol/codebooks/" + name + ".yaml";
    try (InputStream in = CodebookLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CodebookException(name, 0, 0, "is not a shipped codebook; use one of " + SHIPPED);
      }
      return parse(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new CodebookException(name, 0, 0, "could not be read from the jar: " + e.getMessage());
    }
  }

  public Codebook parse(byte[] bytes, String source) throws CodebookException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Located root = new YamlTree().parse(text, source, 1);
    return new Builder(source, hash(bytes)).codebook(root);
  }

  static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Walks the YAML tree of one file; holds the file name and the ids seen so far. */
  private final class Builder {
    private final String source;
    private final String hash;
    private final Map<String, Located> ids = new LinkedHashMap<>();

    Builder(String source, String hash) {
      this.source = source;
      this.hash = hash;
    }

    Codebook codebook(Located root) throws CodebookException {
      Located.Mapping top = mapping(root, "the codebook");
      allowOnly(
          top,
          "the codebook",
          "id",
          "version",
          "language",
          "title",
          "description",
          "interviewer_labels",
          "valence",
          "categories");
      String language = text(required(top, "language", "the codebook"), "language");
      if (!LANGUAGES.contains(language)) {
        throw error(
            top.entries().get("language"),
            "language must be one of " + LANGUAGES + ", not '" + language + "'");
      }
      List<String> labels =
          top.entries().containsKey("interviewer_labels")
              ? words(top.entries().get("interviewer_labels"), "interviewer_labels", false)
              : DEFAULT_INTERVIEWER_LABELS;
      ValenceLexicon valence = valence(top.entries().get("valence"));
      List<Category> categories = categories(required(top, "categories", "the codebook"));
      checkCategoryIds(
          top.entries().get("valence"), "topic_categories", valence.topicCategories(), categories);
      checkCategoryIds(
          top.entries().get("valence"), "wish_categories", valence.wishCategories(), categories);
      return new Codebook(
          id(required(top, "id", "the codebook"), "id"),
          text(required(top, "version", "the codebook"), "version"),
          language,
          labels(top.entries().get("title"), "title"),
          optionalText(top, "description"),
          new LinkedHashSet<>(labels),
          valence,
          categories,
          source,
          hash);
    }

    private ValenceLexicon valence(Located node) throws CodebookException {
      if (node == null) {
        return new ValenceLexicon(
            List.of(),
            List.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            DEFAULT_NEGATION_WINDOW,
            Set.of(),
            Set.of(),
            true);
      }
      Located.Mapping valence = mapping(node, "valence");
      allowOnly(
          valence,
          "valence",
          "appreciative",
          "deficit",
          "negators",
          "forward_negators",
          "contrast",
          "negation_window",
          "topic_categories",
          "wish_categories",
          "sentiment_lexicon");
      int window = DEFAULT_NEGATION_WINDOW;
      Located windowNode = valence.entries().get("negation_window");
      if (windowNode != null) {
        window = number(windowNode, "negation_window", 0, 10);
      }
      Set<String> negators = lowerWords(valence.entries().get("negators"), "valence.negators");
      Located forwardNode = valence.entries().get("forward_negators");
      Set<String> forward = lowerWords(forwardNode, "valence.forward_negators");
      for (String word : forward) {
        if (!negators.contains(word)) {
          throw error(
              forwardNode,
              "valence.forward_negators names '"
                  + word
                  + "', which is not one of the negators; list it under negators too");
        }
      }
      return new ValenceLexicon(
          termList(valence.entries().get("appreciative"), "valence.appreciative", false),
          termList(valence.entries().get("deficit"), "valence.deficit", false),
          negators,
          forward,
          lowerWords(valence.entries().get("contrast"), "valence.contrast"),
          window,
          categoryIds(valence, "topic_categories"),
          categoryIds(valence, "wish_categories"),
          flag(valence, "sentiment_lexicon", true));
    }

    private boolean flag(Located.Mapping mapping, String key, boolean otherwise)
        throws CodebookException {
      Located node = mapping.entries().get(key);
      if (node == null) {
        return otherwise;
      }
      String text = text(node, key).strip();
      if (text.equals("true") || text.equals("false")) {
        return Boolean.parseBoolean(text);
      }
      throw error(node, key + " must be true or false, not '" + text + "'");
    }

    private Set<String> categoryIds(Located.Mapping valence, String key) throws CodebookException {
      return new LinkedHashSet<>(words(valence.entries().get(key), "valence." + key, true));
    }

    private void checkCategoryIds(
        Located valence, String key, Set<String> ids, List<Category> categories)
        throws CodebookException {
      for (String id : ids) {
        if (categories.stream().noneMatch(category -> category.id().equals(id))) {
          Located node = mapping(valence, "valence").entries().get(key);
          throw error(
              node,
              "valence."
                  + key
                  + " names '"
                  + id
                  + "', which is no category id; use one of the categories' ids");
        }
      }
    }

    private List<Category> categories(Located node) throws CodebookException {
      List<Category> categories = new ArrayList<>();
      for (Located item : nonEmptySequence(node, "categories")) {
        Located.Mapping category = mapping(item, "a category");
        String id = id(required(category, "id", "a category"), "category id");
        String where = "category '" + id + "'";
        allowOnly(category, where, "id", "label", "description", "codes");
        List<Code> codes = new ArrayList<>();
        for (Located codeNode :
            nonEmptySequence(required(category, "codes", where), where + " codes")) {
          codes.add(code(codeNode, id));
        }
        categories.add(
            new Category(
                id,
                labels(category.entries().get("label"), where + " label"),
                optionalText(category, "description"),
                codes,
                category.line()));
      }
      return categories;
    }

    private Code code(Located node, String categoryId) throws CodebookException {
      Located.Mapping code = mapping(node, "a code");
      String id = id(required(code, "id", "a code"), "code id");
      String where = "code '" + id + "'";
      allowOnly(code, where, "id", "label", "description", "include", "exclude", "examples");
      return new Code(
          id,
          categoryId,
          labels(code.entries().get("label"), where + " label"),
          optionalText(code, "description"),
          termList(required(code, "include", where), where + " include", true),
          termList(code.entries().get("exclude"), where + " exclude", false),
          examples(code.entries().get("examples"), where),
          code.line());
    }

    private Examples examples(Located node, String where) throws CodebookException {
      if (node == null) {
        return new Examples(List.of(), List.of());
      }
      Located.Mapping examples = mapping(node, where + " examples");
      allowOnly(examples, where + " examples", "match", "no_match");
      return new Examples(
          words(examples.entries().get("match"), where + " examples.match", true),
          words(examples.entries().get("no_match"), where + " examples.no_match", true));
    }

    private List<Term> termList(Located node, String key, boolean required)
        throws CodebookException {
      if (node == null) {
        return List.of();
      }
      List<Located> items = sequence(node, key);
      if (required && items.isEmpty()) {
        throw error(node, key + " is an empty term list; give at least one term");
      }
      List<Term> result = new ArrayList<>();
      for (Located item : items) {
        String written = text(item, key);
        try {
          result.add(terms.parse(written, item.line()));
        } catch (TermParser.Invalid e) {
          throw error(item, key + ": " + e.getMessage());
        }
      }
      return result;
    }

    private Set<String> lowerWords(Located node, String key) throws CodebookException {
      Set<String> result = new LinkedHashSet<>();
      for (String word : words(node, key, true)) {
        result.add(word.toLowerCase(java.util.Locale.ROOT));
      }
      return result;
    }

    private List<String> words(Located node, String key, boolean allowEmpty)
        throws CodebookException {
      if (node == null) {
        return List.of();
      }
      List<Located> items = sequence(node, key);
      if (!allowEmpty && items.isEmpty()) {
        throw error(node, key + " is empty; give at least one entry");
      }
      List<String> result = new ArrayList<>();
      for (Located item : items) {
        String value = text(item, key).strip();
        if (value.isEmpty()) {
          throw error(item, key + " has an empty entry; remove it");
        }
        result.add(value);
      }
      return result;
    }

    private Map<String, String> labels(Located node, String key) throws CodebookException {
      if (node == null) {
        return Map.of();
      }
      if (node instanceof Located.Scalar scalar) {
        return Map.of("nl", scalar.text());
      }
      Located.Mapping labels = mapping(node, key);
      Map<String, String> result = new LinkedHashMap<>();
      for (Map.Entry<String, Located> entry : labels.entries().entrySet()) {
        if (!LANGUAGES.contains(entry.getKey())) {
          throw error(
              labels.keys().get(entry.getKey()),
              key + " has a label in unknown language '" + entry.getKey() + "'; use nl or en");
        }
        result.put(entry.getKey(), text(entry.getValue(), key + "." + entry.getKey()));
      }
      return result;
    }

    private String id(Located node, String key) throws CodebookException {
      String id = text(node, key);
      if (!ID.matcher(id).matches()) {
        throw error(
            node,
            key
                + " '"
                + id
                + "' must be lower-case letters, digits, '-' or '_', starting with a letter");
      }
      if (!key.equals("id")) {
        Located earlier = ids.putIfAbsent(id, node);
        if (earlier != null) {
          throw error(
              node,
              "duplicate id '"
                  + id
                  + "' (first used on line "
                  + earlier.line()
                  + "); every category and code needs its own id");
        }
      }
      return id;
    }

    private int number(Located node, String key, int min, int max) throws CodebookException {
      String text = text(node, key);
      try {
        int value = Integer.parseInt(text.strip());
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(
          node,
          key + " must be a whole number from " + min + " to " + max + ", not '" + text + "'");
    }

    private String optionalText(Located.Mapping mapping, String key) throws CodebookException {
      Located node = mapping.entries().get(key);
      return node == null ? "" : text(node, key);
    }

    private String text(Located node, String key) throws CodebookException {
      if (node instanceof Located.Scalar scalar) {
        return scalar.text();
      }
      throw error(node, key + " must be a single value, not a " + kind(node));
    }

    private Located required(Located.Mapping mapping, String key, String where)
        throws CodebookException {
      Located node = mapping.entries().get(key);
      if (node == null) {
        throw error(mapping, where + " has no '" + key + "'; add it");
      }
      return node;
    }

    private Located.Mapping mapping(Located node, String what) throws CodebookException {
      if (node instanceof Located.Mapping mapping) {
        return mapping;
      }
      throw error(node, what + " must be a mapping of keys to values, not a " + kind(node));
    }

    private List<Located> sequence(Located node, String key) throws CodebookException {
      if (node instanceof Located.Sequence sequence) {
        return sequence.items();
      }
      if (node instanceof Located.Scalar scalar && scalar.text().isEmpty()) {
        return List.of();
      }
      throw error(node, key + " must be a list, not a " + kind(node));
    }

    private List<Located> nonEmptySequence(Located node, String key) throws CodebookException {
      List<Located> items = sequence(node, key);
      if (items.isEmpty()) {
        throw error(node, key + " is empty; give at least one");
      }
      return items;
    }

    private void allowOnly(Located.Mapping mapping, String where, String... allowed)
        throws CodebookException {
      List<String> known = List.of(allowed);
      for (Map.Entry<String, Located> key : mapping.keys().entrySet()) {
        if (!known.contains(key.getKey())) {
          throw error(
              key.getValue(),
              "unknown key '"
                  + key.getKey()
                  + "' in "
                  + where
                  + "; expected one of "
                  + String.join(", ", known));
        }
      }
    }

    private String kind(Located node) {
      if (node instanceof Located.Mapping) {
        return "mapping";
      }
      return node instanceof Located.Sequence ? "list" : "single value";
    }

    private CodebookException error(Located node, String problem) {
      return new CodebookException(source, node.line(), node.column(), problem);
    }
  }
}
