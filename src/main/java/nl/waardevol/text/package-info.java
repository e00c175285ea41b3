/**
 * Words and text, below everything: tokens, stems, language guessing, spreadsheet-safe cells, YAML
 * error wording. Uses no other waardevol package.
 */
package nl.waardevol.text;
