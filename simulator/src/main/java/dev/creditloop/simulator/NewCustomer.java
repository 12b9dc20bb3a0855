package dev.creditloop.simulator;

import dev.creditloop.servicing.creditline.CreditLine;

/** A customer granted a line: the profile, the (live) line, and the ground truth at the grant. */
public record NewCustomer(CustomerProfile profile, CreditLine line, GroundTruth truth) {}
