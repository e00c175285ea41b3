/**
 * The coded passage table that {@code code} writes and researchers correct by hand: its columns and
 * reading it back into coded passages. Uses {@code text}, {@code codebook}, {@code read} and {@code
 * code}.
 */
package nl.waardevol.table;
