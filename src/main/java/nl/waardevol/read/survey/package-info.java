/** Survey tables (.csv, .tsv) as one document per respondent, part of {@code read}. */
package nl.waardevol.read.survey;
