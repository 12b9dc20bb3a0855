/**
 * Tiny values every module shares: {@link dev.creditloop.kernel.Money} in whole fen and exact
 * {@link dev.creditloop.kernel.Rate}s. No dependencies, no framework.
 */
package dev.creditloop.kernel;
