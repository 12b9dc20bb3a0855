/**
 * The scorecard as a lender uses it: characteristics whose attributes (conditions on a field) carry
 * points, scaled from the regression by base score, base odds and points to double the odds;
 * scoring a row and the reason codes that explain it.
 *
 * <p>Scaling: factor = PDO / ln 2, offset = base score − factor · ln(base odds), where odds are
 * good:bad. The model gives ln(P(bad)/P(good)) = α + Σ β_j · WOE_j, and WOE = ln(%good/%bad), so
 * β_j is negative for a sound variable. Points of bin i of variable j = −(β_j · WOE_ij + α / n) ·
 * factor + offset / n with n characteristics; their sum is offset + factor · ln(odds good:bad): a
 * higher score is a lower risk.
 */
package dev.creditloop.scorecard.card;
