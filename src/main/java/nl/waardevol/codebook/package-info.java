/**
 * The codebook: categories, codes, terms and the valence lexicon, loaded from YAML and checked.
 * Uses {@code text} only.
 */
package nl.waardevol.codebook;
