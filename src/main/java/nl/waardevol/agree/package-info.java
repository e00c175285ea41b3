/**
 * Agreement between coders (kappa, alpha) over coded passages. Uses {@code text}, {@code codebook}
 * and {@code code}.
 */
package nl.waardevol.agree;
