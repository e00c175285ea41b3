/**
 * Checks for codebook authors: codebook and corpus lints, example tests, keyword in context, coding
 * diffs. Uses {@code text}, {@code codebook}, {@code read}, {@code segment} and {@code code}.
 */
package nl.waardevol.review;
