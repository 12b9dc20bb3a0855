/**
 * The scoring passes in the database: the book as a pass reads it (holders, days past due), the
 * runs in {@code scoring_run} and the scores in {@code score_history}.
 */
package dev.creditloop.app.scoring.persistence;
