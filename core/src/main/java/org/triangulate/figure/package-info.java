/**
 * Figures reported in news text: counts with what they count and where (fatalities, injuries,
 * attacks, people trained), money with its currency, percentages and measures (rainfall). Front door
 * {@link org.triangulate.figure.FigureExtractor}.
 */
@NullMarked
package org.triangulate.figure;

import org.jspecify.annotations.NullMarked;
