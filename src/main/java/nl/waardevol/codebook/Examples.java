package nl.waardevol.codebook;

import java.util.List;

/** Sentences that must ({@code match}) or must not ({@code noMatch}) get a code. */
public record Examples(List<String> match, List<String> noMatch) {
  public Examples {
    match = List.copyOf(match);
    noMatch = List.copyOf(noMatch);
  }
}
