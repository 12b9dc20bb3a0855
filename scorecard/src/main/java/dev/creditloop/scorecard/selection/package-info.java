/**
 * Which binned variables enter the regression: enough information value, and not a near copy (in
 * WOE terms) of a stronger variable already chosen.
 */
package dev.creditloop.scorecard.selection;
