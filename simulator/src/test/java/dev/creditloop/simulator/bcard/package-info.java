/**
 * The behaviour scorecard (B卡) built on a simulated book, in memory: features as of month-end
 * observation dates, a 60+ days-past-due outcome over the next six months, an out-of-time test and
 * the simulator's true propensity as the ceiling. Test scope because the simulator's main code does
 * not depend on the scorecard workbench.
 */
package dev.creditloop.simulator.bcard;
