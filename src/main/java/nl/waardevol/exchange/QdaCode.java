package nl.waardevol.exchange;

import java.util.List;

/**
 * A code of a QDA package's code tree as read from a codebook (.qdc) or a project (.qdpx).
 *
 * @param codable false for a node that only groups codes (in waardevol's exports: a lens)
 */
public record QdaCode(
    String guid, String name, String description, boolean codable, List<QdaCode> children) {
  public QdaCode {
    children = List.copyOf(children);
  }
}
