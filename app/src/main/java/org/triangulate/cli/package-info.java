/** The {@code triangulate} command line: one class per subcommand, {@link org.triangulate.cli.Main} is the only place that exits. */
@NullMarked
package org.triangulate.cli;

import org.jspecify.annotations.NullMarked;
