/**
 * The portfolio simulator: a revolving cash-loan book generated from a seed, day by day, through
 * the real servicing code (DrawDown, PostRepayment, CloseLoanDay), with the behaviour events
 * features read and the ground truth (latent risk, fraud, default dates) that no strategy may see.
 *
 * <p>Entry point {@link dev.creditloop.simulator.Simulation}; results flow to a {@link
 * dev.creditloop.simulator.SimulationSink}; {@link dev.creditloop.simulator.RealismSummary} says
 * whether the book looks like a real one.
 */
package dev.creditloop.simulator;
