/**
 * The behaviour scorecard (B卡) built on a simulated book, in memory: features as of month-end
 * observation dates exactly as the decisioning engine serves them, a 60+ days-past-due outcome over
 * the next six months, an out-of-time test, the simulator's true propensity as the ceiling, and the
 * files to publish the card into the drawdown strategy ({@code scorecard bcard}).
 */
package dev.creditloop.tools.bcard;
