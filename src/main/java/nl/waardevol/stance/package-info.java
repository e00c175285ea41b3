/**
 * Clauses and their stance: what a passage values, names as what held people back, wishes for, or
 * only mentions. Reads what the coder found (evaluations after negation, stance markers, each
 * code's evidence) and the markers and sentiment adjectives kept as data per language. Uses no
 * other waardevol package: {@code code} builds its input and calls it.
 */
package nl.waardevol.stance;
