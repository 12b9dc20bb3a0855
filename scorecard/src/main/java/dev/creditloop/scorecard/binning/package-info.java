/**
 * Binning and weight of evidence: fine quantile pre-binning, ChiMerge and IV-optimal merging with
 * an optional monotonic WOE trend, categorical grouping by bad rate, own bins for missing and
 * special values, and manual edits replayed on top of the automatic result.
 *
 * <p>Convention: WOE = ln(%good / %bad), so a higher WOE means lower risk; IV = Σ (%good − %bad) ·
 * WOE. When any bin of a variable has no goods or no bads, 0.5 is added to the good and the bad
 * count of every bin of that variable before the shares are taken (the shares still sum to 1).
 */
package dev.creditloop.scorecard.binning;
