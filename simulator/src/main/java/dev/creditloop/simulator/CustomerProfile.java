package dev.creditloop.simulator;

import dev.creditloop.kernel.Money;
import java.time.LocalDate;

/**
 * A simulated customer as drawn from the seed: the latent traits that drive behaviour and the
 * credit grant the lender made from a noisy view of them.
 *
 * @param monthlyPropensity the true probability of going into default in a month with a balance
 *     outstanding (1.0 for fraud)
 * @param fundingNeed expected drawdowns per month when room is available
 * @param limitSensitivity 0–1: how much of the available limit a drawdown takes
 * @param rateSensitivity 0–1: how eagerly the customer prepays and picks short terms
 * @param fraudRing ring number shared by colluding fraudsters (shared devices), 0 when not fraud
 * @param fraudDelayDays days after the grant the fraud burst comes
 */
public record CustomerProfile(
    long id,
    boolean fraud,
    int fraudRing,
    int fraudDelayDays,
    double monthlyPropensity,
    Money monthlyIncome,
    double fundingNeed,
    double limitSensitivity,
    double rateSensitivity,
    String productCode,
    Money limit,
    LocalDate grantedOn,
    double homeLatitude,
    double homeLongitude) {}
