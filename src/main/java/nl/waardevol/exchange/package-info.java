/**
 * REFI-QDA exchange: projects (.qdpx) and codebooks (.qdc) read and written. Uses {@code text},
 * {@code codebook}, {@code read}, {@code segment} and {@code code}.
 */
package nl.waardevol.exchange;
