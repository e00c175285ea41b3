package nl.waardevol.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.waardevol.codebook.Category;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;

/**
 * Finds the codebook code a QDA package's code stands for: by the GUID waardevol gave it on export,
 * else by its name, which may be the code's id or its label in any language (case and spacing
 * aside), since packages may renew GUIDs. Lenses are recognised the same way.
 */
final class CodeResolver {
  private final Map<String, String> codes = new HashMap<>();
  private final Map<String, String> categories = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  CodeResolver(Codebook codebook, List<QdaCode> tree) {
    Map<String, String> codeByName = new HashMap<>();
    Map<String, String> categoryByName = new HashMap<>();
    Map<String, String> codeByGuid = new HashMap<>();
    Map<String, String> categoryByGuid = new HashMap<>();
    for (Category category : codebook.categories()) {
      categoryByGuid.put(Guids.category(category.id()), category.id());
      categoryByName.putIfAbsent(key(category.id()), category.id());
      category
          .label()
          .values()
          .forEach(label -> categoryByName.putIfAbsent(key(label), category.id()));
      for (Code code : category.codes()) {
        codeByGuid.put(Guids.code(code.id()), code.id());
        codeByName.putIfAbsent(key(code.id()), code.id());
        code.label().values().forEach(label -> codeByName.putIfAbsent(key(label), code.id()));
      }
    }
    walk(tree, codeByGuid, codeByName, categoryByGuid, categoryByName);
  }

  private void walk(
      List<QdaCode> tree,
      Map<String, String> codeByGuid,
      Map<String, String> codeByName,
      Map<String, String> categoryByGuid,
      Map<String, String> categoryByName) {
    for (QdaCode node : tree) {
      String guid = node.guid();
      names.put(guid, node.name());
      if (codeByGuid.containsKey(guid) || codeByName.containsKey(key(node.name()))) {
        codes.put(guid, codeByGuid.getOrDefault(guid, codeByName.get(key(node.name()))));
      } else if (categoryByGuid.containsKey(guid) || categoryByName.containsKey(key(node.name()))) {
        categories.put(
            guid, categoryByGuid.getOrDefault(guid, categoryByName.get(key(node.name()))));
      }
      walk(node.children(), codeByGuid, codeByName, categoryByGuid, categoryByName);
    }
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The codebook code of a QDA code. */
  Optional<String> code(String guid) {
    return Optional.ofNullable(codes.get(guid));
  }

  /** Whether the QDA code is a lens of the codebook rather than one of its codes. */
  boolean isCategory(String guid) {
    return categories.containsKey(guid);
  }

  /** The QDA code's name, or empty when the project's code tree lacks the GUID. */
  String name(String guid) {
    return names.getOrDefault(guid, "");
  }
}
