/**
 * Aggregate: coded passages into counts per code and group, common threads and quotes, as an
 * immutable report. Uses {@code text}, {@code codebook} and {@code code}.
 */
package nl.waardevol.aggregate;
