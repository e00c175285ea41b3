package nl.waardevol.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.waardevol.codebook.TermParser;
import nl.waardevol.text.Lemmatizer;
import org.junit.jupiter.api.Test;

class PrefixTrieTest {
  private static TermIndex.Entry entry(String written) throws TermParser.Invalid {
    return TermIndex.compile(
        new TermParser().parse(written, 0), Explanation.Role.INCLUDE, 0, new Lemmatizer("nl"));
  }

  private static List<String> prefixesOf(PrefixTrie trie, String token) {
    List<String> found = new ArrayList<>();
    trie.forEachPrefixOf(token, entries -> entries.forEach(e -> found.add(e.term().source())));
    return found;
  }

  @Test
  void findsEveryPrefixATokenStartsWithShortestFirst() throws Exception {
    Map<String, List<TermIndex.Entry>> prefixes = new LinkedHashMap<>();
    prefixes.put("hoogbegaafd", List.of(entry("hoogbegaafd*")));
    prefixes.put("hoog", List.of(entry("hoog*")));
    prefixes.put("hulp", List.of(entry("hulp*"), entry("hulp* vraag")));
    PrefixTrie trie = new PrefixTrie(prefixes);

    assertEquals(List.of("hoog*", "hoogbegaafd*"), prefixesOf(trie, "hoogbegaafdheid"));
    assertEquals(List.of("hoog*"), prefixesOf(trie, "hoogte"));
    assertEquals(List.of("hulp*", "hulp* vraag"), prefixesOf(trie, "hulp"));
    assertEquals(List.of(), prefixesOf(trie, "hoo"));
    assertEquals(List.of(), prefixesOf(trie, "thuis"));
    assertEquals(List.of(), prefixesOf(trie, ""));
  }

  @Test
  void anEmptyTrieFindsNothing() {
    assertEquals(List.of(), prefixesOf(new PrefixTrie(Map.of()), "alles"));
  }
}
