-- Ground truth of simulated books (creditloop.jar simulate ..., the demo book): what the simulator
-- knows and the lender cannot. For measuring strategies and models after the fact; no strategy,
-- feature, model or report of the book may read these tables. Applied by the simulator's writer
-- alone (GroundTruthSchema, history table flyway_simulation_history), never by the server; until
-- production V17 the server's V3 created the same tables, which V17 drops where they are empty,
-- hence "if not exists".

create table if not exists sim_run (
  id            int primary key,
  seed          bigint not null,
  customers     int not null,
  months        int not null,
  start_date    date not null,
  last_day      date not null,
  shock_month   int not null,
  shock_factor  numeric(8, 4) not null,
  summary       text not null,
  created_at    timestamp with time zone not null
);

create table if not exists sim_customer_truth (
  customer_id           bigint primary key references customer (id),
  is_fraud              boolean not null,
  fraud_ring            int not null,
  -- the true probability of going into default in a month with a balance (1.0 for fraud)
  monthly_propensity    double precision not null,
  monthly_income_minor  bigint not null,
  funding_need          double precision not null,
  limit_sensitivity     double precision not null,
  rate_sensitivity      double precision not null,
  granted_on            date not null,
  -- the day the customer first stopped paying; null if never
  defaulted_on          date,
  defaulted_within_90d  boolean not null
);
