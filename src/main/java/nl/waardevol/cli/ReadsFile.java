package nl.waardevol.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an option or parameter whose value names a file the command reads (a codebook, a metadata
 * sheet, private terms, a coded table), so that {@link OutputGuard} keeps every file the command
 * writes ({@link WritesFile}) from replacing it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface ReadsFile {}
