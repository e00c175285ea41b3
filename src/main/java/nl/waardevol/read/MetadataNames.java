package nl.waardevol.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keys of the column names people use in survey exports and metadata sheets: a Dutch export's
 * {@code Regio} and {@code Rol} are {@code region} and {@code role}, which reports group by. A
 * column named exactly like the key itself wins over one that only means it.
 */
public final class MetadataNames {
  /** Usual names (lower case, letters and digits only) and the key each stands for. */
  private static final Map<String, String> KEYS =
      Map.ofEntries(
          Map.entry("regio", "region"),
          Map.entry("rol", "role"),
          Map.entry("functie", "role"),
          Map.entry("function", "role"),
          Map.entry("doelgroep", "role"),
          Map.entry("respondenttype", "role"),
          Map.entry("typerespondent", "role"),
          Map.entry("datum", "date"),
          Map.entry("interviewdatum", "date"),
          Map.entry("datuminterview", "date"));

  /** The same for the columns that name a sheet's documents. */
  private static final Map<String, String> SHEET_KEYS =
      Map.ofEntries(
          Map.entry("respondent", "id"),
          Map.entry("respondentid", "id"),
          Map.entry("respondentnummer", "id"),
          Map.entry("deelnemer", "id"),
          Map.entry("deelnemerid", "id"),
          Map.entry("document", "id"),
          Map.entry("documentid", "id"),
          Map.entry("bestand", "file"),
          Map.entry("bestandsnaam", "file"),
          Map.entry("filename", "file"));

  private MetadataNames() {}

  /**
   * The key of each column of a survey, in order: its name in lower case, or the key a usual name
   * means (a survey's respondent column is its id column, not metadata).
   */
  public static List<String> keys(List<String> header) {
    return keys(header, Map.of());
  }

  /** The same for a metadata sheet, whose id or file column may also go by a usual name. */
  public static List<String> sheetKeys(List<String> header) {
    return keys(header, SHEET_KEYS);
  }

  private static List<String> keys(List<String> header, Map<String, String> more) {
    List<String> plain =
        header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
    List<String> keys = new ArrayList<>();
    for (String name : plain) {
      String usual = name.replaceAll("[^\\p{L}\\p{N}]", "");
      String key = KEYS.getOrDefault(usual, more.get(usual));
      keys.add(key == null || plain.contains(key) || keys.contains(key) ? name : key);
    }
    return keys;
  }
}
