/**
 * What a training run produced, written for people and for machines: report.json and a
 * self-contained report.html (inline SVG charts, no script, nothing fetched).
 */
package dev.creditloop.scorecard.report;
