package nl.waardevol.exchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * GUIDs derived from what they name, never random: the same code, document or passage gets the same
 * GUID in every export, so exports are byte-identical and a QDA package that imports a newer export
 * recognises its codes.
 */
final class Guids {
  private Guids() {}

  static String of(String kind, String key) {
    return UUID.nameUUIDFromBytes(
            ("waardevol:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  static String code(String codeId) {
    return of("code", codeId);
  }

  static String category(String categoryId) {
    return of("category", categoryId);
  }
}
