/**
 * Code: each passage against the codebook, with valence, into immutable {@link
 * nl.waardevol.code.CodedPassage}s, and the explanation of each match. Uses {@code text}, {@code
 * codebook}, {@code read} and {@code segment}.
 */
package nl.waardevol.code;
