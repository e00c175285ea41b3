package nl.waardevol.code;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The prefix terms of a codebook as a trie over their letters: the prefixes of a token are found by
 * walking its letters once, without building substrings.
 */
final class PrefixTrie {
  private static final class Node {
    char[] letters = new char[0];
    Node[] children = new Node[0];
    List<TermIndex.Entry> entries;

    Node child(char letter) {
      int index = Arrays.binarySearch(letters, letter);
      return index < 0 ? null : children[index];
    }
  }

  private final Node root;

  /** {@code prefixes}: entries by their first word's prefix. */
  PrefixTrie(Map<String, List<TermIndex.Entry>> prefixes) {
    root = build(new TreeMap<>(prefixes), "");
  }

  private static Node build(TreeMap<String, List<TermIndex.Entry>> prefixes, String path) {
    Node node = new Node();
    node.entries = prefixes.get(path);
    TreeMap<Character, Boolean> next = new TreeMap<>();
    for (String prefix : prefixes.subMap(path, true, path + Character.MAX_VALUE, true).keySet()) {
      if (prefix.length() > path.length()) {
        next.put(prefix.charAt(path.length()), true);
      }
    }
    node.letters = new char[next.size()];
    node.children = new Node[next.size()];
    int i = 0;
    for (char letter : next.keySet()) {
      node.letters[i] = letter;
      node.children[i] = build(prefixes, path + letter);
      i++;
    }
    return node;
  }

  /** Calls {@code action} with the entries of every prefix that {@code token} starts with. */
  void forEachPrefixOf(String token, Consumer<List<TermIndex.Entry>> action) {
    Node node = root;
    for (int i = 0; i < token.length() && node != null; i++) {
      node = node.child(token.charAt(i));
      if (node != null && node.entries != null) {
        action.accept(node.entries);
      }
    }
  }
}
