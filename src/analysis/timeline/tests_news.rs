//! News-reading tests: earnings periods, tense cues and references as
//! TimeML annotates them. All sentences are invented for these tests.

use super::tests::check_at as check;
use jiff::civil::date;

#[test]
fn the_latest_quarter_is_a_closed_one() {
    // Monday 6 November 2023: the third quarter closed, the fourth is running.
    check(
        "The brewer said its fourth-quarter outlook is weak. Profit fell 8% in the latest quarter.",
        date(2023, 11, 6),
        &[("fourth-quarter", "2023-Q4"), ("the latest quarter", "2023-Q3")],
    );
}

#[test]
fn irregular_past_verbs_and_participles() {
    // Friday 27 October 2023.
    let published = date(2023, 10, 27);
    check(
        "In January, the council sold the old depot.",
        published,
        &[("January", "2023-01")],
    );
    check(
        "The appeal is heard in January by a panel of judges.",
        published,
        &[("January", "2024-01")],
    );
    check(
        "The union announced the plan Aug. 21 after a vote.",
        published,
        &[("Aug. 21", "2023-08-21")],
    );
    check(
        "A loan, led by two banks, runs through January.",
        published,
        &[("January", "2024-01")],
    );
    check(
        "The handover was planned for early February.",
        published,
        &[("early February", "2024-02")],
    );
}

#[test]
fn a_fronted_limit_takes_the_tense_of_its_clause() {
    // Wednesday 8 November 2023.
    let published = date(2023, 11, 8);
    check(
        "Until Monday, police had not named a suspect.",
        published,
        &[("Monday", "2023-11-06")],
    );
    check(
        "By Friday, crews will have cleared the road.",
        published,
        &[("Friday", "2023-11-10")],
    );
    check(
        "Crews will clear the road by Friday.",
        published,
        &[("Friday", "2023-11-10")],
    );
}

#[test]
fn last_parts_and_the_latest_year() {
    // Thursday 26 October 2023.
    let published = date(2023, 10, 26);
    check(
        "The chain expects weaker sales in the last half of 2023.",
        published,
        &[("the last half of 2023", "2023-H2")],
    );
    check(
        "Orders picked up in the last quarter of 2022.",
        published,
        &[("the last quarter of 2022", "2022-Q4")],
    );
    check(
        "Revenue in the latest fiscal year reached $2 billion.",
        published,
        &[("the latest fiscal year", "2022")],
    );
    check(
        "Margins slipped in the last quarter.",
        published,
        &[("the last quarter", "2023-Q3")],
    );
}

#[test]
fn discourse_now_is_no_time() {
    let published = date(2023, 10, 26);
    check("Now, the mayor says, the river is clean.", published, &[]);
    check(
        "The river is now clean. Now the fish are back.",
        published,
        &[("now", "PRESENT_REF"), ("Now", "PRESENT_REF")],
    );
}

#[test]
fn these_days_is_the_present() {
    check(
        "Commuters pay more for parking these days.",
        date(2023, 10, 26),
        &[("these days", "PRESENT_REF")],
    );
}

#[test]
fn clock_times_in_local_time_and_schedules() {
    // Wednesday 13 March 2024.
    let published = date(2024, 3, 13);
    check(
        "Envoys met at 10 a.m. local time on Tuesday.",
        published,
        &[("10 a.m. local time on Tuesday", "2024-03-12T10:00")],
    );
    check(
        "The filing deadline is midnight on Friday.",
        published,
        &[("midnight on Friday", "2024-03-15T24:00")],
    );
    check("The runoff is Sunday.", published, &[("Sunday", "2024-03-17")]);
}

#[test]
fn plans_as_a_noun_point_nowhere() {
    // Wednesday 13 March 2024.
    let published = date(2024, 3, 13);
    check(
        "On Friday, when the mayor cancelled her vacation plans, the river rose.",
        published,
        &[("Friday", "2024-03-08")],
    );
    check(
        "The mayor plans to visit the dam on Friday.",
        published,
        &[("Friday", "2024-03-15")],
    );
}

#[test]
fn earlier_before_a_weekday_stays_outside() {
    // Wednesday 13 March 2024.
    let published = date(2024, 3, 13);
    check(
        "Earlier Tuesday, the envoy met rebel leaders.",
        published,
        &[("Tuesday", "2024-03-12")],
    );
    check(
        "The envoy met rebel leaders earlier this month.",
        published,
        &[("earlier this month", "2024-03")],
    );
}

#[test]
fn unit_compounds_are_no_dates() {
    let published = date(2023, 10, 26);
    check("The quarter-to-quarter change was small.", published, &[]);
    check("The month-to-month figures fell.", published, &[]);
}

#[test]
fn the_future_of_something_is_its_fate() {
    let published = date(2023, 10, 26);
    check("Voters worry about the future of the party.", published, &[]);
    check(
        "Prices may rise in the future.",
        published,
        &[("the future", "FUTURE_REF")],
    );
}

#[test]
fn generic_today_is_left_out() {
    // TimeML news annotation leaves generic "today's" out; a specific one is a day.
    let published = date(2023, 10, 26);
    check("The debate shapes the views of today's youth.", published, &[]);
    check("Many of today's phones are fast.", published, &[]);
    check("Today's vote was close.", published, &[("Today", "2023-10-26")]);
}

#[test]
fn a_limit_after_a_past_verb_is_the_nearest() {
    // Monday 30 October 2023.
    let published = date(2023, 10, 30);
    check(
        "The regulator gave the bidder until mid-November to reply.",
        published,
        &[("mid-November", "2023-11")],
    );
    check(
        "Crews had cleared the road by June, the mayor said.",
        published,
        &[("June", "2023-06")],
    );
}

#[test]
fn passive_participles_and_infinitives() {
    // Monday 30 October 2023.
    let published = date(2023, 10, 30);
    check(
        "He added that rules to be published in early November will decide.",
        published,
        &[("early November", "2023-11")],
    );
    check(
        "The plant is owned by the city, which closed it in March.",
        published,
        &[("March", "2023-03")],
    );
}

#[test]
fn today_in_a_title_is_no_date() {
    let published = date(2023, 10, 26);
    check("The poll was run by USA Today and a university.", published, &[]);
    check("Today, the poll closes.", published, &[("Today", "2023-10-26")]);
    check("On Today the poll closes.", published, &[("Today", "2023-10-26")]);
}

#[test]
fn the_same_period_a_year_back() {
    // Thursday 26 October 2023: third-quarter results season.
    let published = date(2023, 10, 26);
    check(
        "Profit rose in the third quarter from the same period last year.",
        published,
        &[
            ("the third quarter", "2023-Q3"),
            ("the same period last year", "2022-Q3"),
        ],
    );
    check(
        "Sales matched the corresponding quarter a year earlier.",
        published,
        &[("the corresponding quarter a year earlier", "2022-Q3")],
    );
    check(
        "Figures for the comparable period of 2021 were restated.",
        published,
        &[("the comparable period of 2021", "2021-Q3")],
    );
}

#[test]
fn the_date_of_a_report_does_not_move_the_story_on() {
    // Monday 10 April 2023.
    check(
        "The president will arrive in Shanghai on Wednesday, his office said on Monday. \
         The next day he will travel to Beijing.",
        date(2023, 4, 10),
        &[
            ("Wednesday", "2023-04-12"),
            ("Monday", "2023-04-10"),
            ("The next day", "2023-04-13"),
        ],
    );
    // Friday 14 August 2026: "Thursday's" only names the election.
    check(
        "The president took an early lead on Friday in the count from Thursday's election. \
         His rival said that night that he would not concede.",
        date(2026, 8, 14),
        &[
            ("Friday", "2026-08-14"),
            ("Thursday", "2026-08-13"),
            ("that night", "2026-08-14TNI"),
        ],
    );
    // A report alone in its sentence still moves the narrative.
    check(
        "The minister resigned, officials said on Monday. The next day parliament met.",
        date(2023, 4, 12),
        &[("Monday", "2023-04-10"), ("The next day", "2023-04-11")],
    );
}

#[test]
fn former_plans_and_plans_made() {
    // Monday 10 April 2023; Friday 7 January 2000.
    check(
        "The trip, originally scheduled for late March, was postponed.",
        date(2023, 4, 10),
        &[("late March", "2023-03")],
    );
    check(
        "The three countries opened talks in Geneva on Monday over a planned dam.",
        date(2023, 3, 14),
        &[("Monday", "2023-03-13")],
    );
    check(
        "Protesters planned a large demonstration on Saturday.",
        date(2000, 1, 7),
        &[("Saturday", "2000-01-08")],
    );
}

#[test]
fn possibilities_and_limits_ahead() {
    // Monday 5 February 2024.
    let published = date(2024, 2, 5);
    check(
        "Schumer said a first procedural vote could come as early as Wednesday.",
        published,
        &[("Wednesday", "2024-02-07")],
    );
    check(
        "He said the talks could resume Thursday.",
        published,
        &[("Thursday", "2024-02-08")],
    );
    check(
        "Ishiba spoke by phone with Biden on Wednesday and plans to attend a summit.",
        published,
        &[("Wednesday", "2024-01-31")],
    );
    check(
        "Milei travels to Italy on Friday for the summit, his spokesman said.",
        published,
        &[("Friday", "2024-02-09")],
    );
    check(
        "Officials could not be reached Thursday.",
        published,
        &[("Thursday", "2024-02-01")],
    );
}

#[test]
fn an_event_named_by_its_month_is_the_one_to_come() {
    // Tuesday 18 June 2024.
    check(
        "She faces a council member in the November election.",
        date(2024, 6, 18),
        &[("November", "2024-11")],
    );
    check(
        "She won the November election.",
        date(2024, 6, 18),
        &[("November", "2023-11")],
    );
}

#[test]
fn deadlines_overnight_and_reported_clauses() {
    // Friday 27 June 2025.
    check(
        "The order cannot take effect until 30 days from now. The justice read a dissent \
         at 10:30 a.m., and the president spoke that afternoon.",
        date(2025, 6, 27),
        &[
            ("30 days from now", "2025-07-27"),
            ("10:30 a.m.", "2025-06-27T10:30"),
            ("that afternoon", "2025-06-27TAF"),
        ],
    );
    // Thursday 24 April 2025.
    check(
        "The party announced overnight that it would stay.",
        date(2025, 4, 24),
        &[("overnight", "2025-04-23TNI")],
    );
    check("Banks lent at the overnight rate.", date(2025, 4, 24), &[]);
    // Tuesday 4 November 2025.
    check(
        "Trudeau resigned in January.",
        date(2025, 11, 4),
        &[("January", "2025-01")],
    );
    check(
        "Economists said Wednesday's bond market reaction would be muted.",
        date(2025, 11, 4),
        &[("Wednesday", "2025-11-05")],
    );
}

#[test]
fn clauses_years_and_modals() {
    // Thursday 26 June 2025.
    let published = date(2025, 6, 26);
    check(
        "The bill, which raises taxes on bread, passed at about 3 p.m. Tuesday.",
        published,
        &[("3 p.m. Tuesday", "2025-06-24T15:00")],
    );
    check(
        "European powers have warned they may trigger sanctions in October.",
        published,
        &[("October", "2025-10")],
    );
    check(
        "Inflation peaked above 85% in 2022, slowed to 38.1% in March and fell again.",
        published,
        &[("2022", "2022"), ("March", "2025-03")],
    );
    check(
        "In 2022, the bill passed on Dec. 23.",
        published,
        &[("2022", "2022"), ("Dec. 23", "2022-12-23")],
    );
}

#[test]
fn an_evening_after_a_background_date_is_the_story_s_own() {
    // Thursday 16 January 2025.
    check(
        "The cabinet met on Wednesday. The war began with the attack on Oct. 7, 2023. \
         Officials announced the deal in Doha that evening.",
        date(2025, 1, 16),
        &[
            ("Wednesday", "2025-01-15"),
            ("Oct. 7, 2023", "2023-10-07"),
            ("that evening", "2025-01-15TEV"),
        ],
    );
}

#[test]
fn us_holidays_and_times_on_them() {
    // Thursday 8 October 2026.
    check(
        "Early voting begins next Wednesday, and ballots must be returned by 7 p.m. on Election Day. \
         Parades are planned for Memorial Day.",
        date(2026, 10, 8),
        &[
            ("next Wednesday", "2026-10-14"),
            ("7 p.m. on Election Day", "2026-11-03T19:00"),
            ("Memorial Day", "2027-05-31"),
        ],
    );
    check(
        "The Senate left on Friday for the Presidents' Day recess.",
        date(2026, 2, 5),
        &[("Friday", "2026-01-30"), ("Presidents' Day", "2026-02-16")],
    );
}

#[test]
fn schedules_with_clock_times_and_present_verbs_point_ahead() {
    // Tuesday 27 June 2023.
    let published = date(2023, 6, 27);
    check(
        "The summit opens at 3 p.m. on Thursday in the old town hall.",
        published,
        &[("3 p.m. on Thursday", "2023-06-29T15:00")],
    );
    check(
        "Portugal takes over the rotating chair from Austria on Saturday.",
        published,
        &[("Saturday", "2023-07-01")],
    );
    check(
        "In Canada, Prime Minister Mark Carney faces voters on Monday.",
        published,
        &[("Monday", "2023-07-03")],
    );
    check(
        "Officials say the vote happens Sunday.",
        published,
        &[("Sunday", "2023-07-02")],
    );
    // A plural noun before a month date is no schedule.
    check(
        "The almost simultaneous attacks Aug. 7 at the embassies killed 224 people.",
        date(1998, 8, 13),
        &[("Aug. 7", "1998-08-07")],
    );
    check(
        "Any accord reached on Wednesday would still need a vote in parliament.",
        published,
        &[("Wednesday", "2023-06-28")],
    );
    check(
        "Officials said a draft could be ready by Thursday night.",
        published,
        &[("Thursday night", "2023-06-29TNI")],
    );
}

#[test]
fn a_plain_verb_after_a_plural_subject_states_a_schedule() {
    // Sunday 3 January 2021.
    check(
        "Polls open at 7 a.m. on Tuesday and close at 8 p.m.",
        date(2021, 1, 3),
        &[
            ("7 a.m. on Tuesday", "2021-01-05T07:00"),
            ("8 p.m.", "2021-01-05T20:00"),
        ],
    );
    // A possessive's "s" is no plural subject: the past trading day stays past.
    check(
        "Shares of the maker fell 5 cents yesterday, and its rival's stock in Chicago trading on Wednesday.",
        date(1999, 10, 29),
        &[("yesterday", "1999-10-28"), ("Wednesday", "1999-10-27")],
    );
}

#[test]
fn a_headline_date_before_an_event_lies_ahead() {
    // Sunday 3 January 2021.
    check(
        "Candidates make a last push before Tuesday's runoff\n\nThe campaigns crossed the state.",
        date(2021, 1, 3),
        &[("Tuesday", "2021-01-05")],
    );
}

#[test]
fn the_new_year_and_work_overnight() {
    check(
        "No one wants to begin the new year with a tariff fight.",
        date(2026, 12, 29),
        &[("the new year", "2027")],
    );
    check(
        "The minister hopes to settle the dispute in the new year.",
        date(2026, 1, 2),
        &[("the new year", "2026")],
    );
    check(
        "Negotiators worked overnight on the final text.",
        date(2023, 6, 27),
        &[("overnight", "2023-06-26TNI")],
    );
}

#[test]
fn a_year_ago_opening_a_sentence_is_a_year() {
    // A quarter named just before frames comparisons, not a new story line.
    check(
        "Exports rose in the third quarter from a year earlier, and mills cut shifts this autumn. \
         A year ago, the two sides agreed a truce.",
        date(2026, 12, 29),
        &[
            ("the third quarter", "2026-Q3"),
            ("a year earlier", "2025-Q3"),
            ("this autumn", "2026-FA"),
            ("A year ago", "2025"),
        ],
    );
}

#[test]
fn future_dates_weeks_behind_publication_and_subject_verbs() {
    // Tuesday 23 December 2025: "will" sends a date seven weeks back to next year.
    check(
        "The bank will meet on November 4 and December 16.",
        date(2025, 12, 23),
        &[("November 4", "2026-11-04"), ("December 16", "2026-12-16")],
    );
    // Saturday 16 August 2025.
    check(
        "Schools in the valley will remain closed until Wednesday.",
        date(2025, 8, 16),
        &[("Wednesday", "2025-08-20")],
    );
    // Monday 25 November 2024: a finite past verb after its subject.
    check(
        "The president last visited the region in February, aides said.",
        date(2024, 11, 25),
        &[("February", "2024-02")],
    );
    // Wednesday 19 July 2023: a plural subject after a nationality.
    check(
        "British lawmakers break for their summer recess on Thursday.",
        date(2023, 7, 19),
        &[("Thursday", "2023-07-20")],
    );
}

#[test]
fn a_where_clause_takes_the_tense_of_its_own_verb() {
    // Tuesday 18 August 1998.
    check(
        "Officials hoped she would bring aid to the city, where the Aug. 7 blast killed 12 people.",
        date(1998, 8, 18),
        &[("Aug. 7", "1998-08-07")],
    );
}

#[test]
fn overnight_follows_a_day_named_in_its_sentence_unless_reported_apart() {
    // Wednesday 19 July 2023.
    check(
        "Polls close at 10 p.m. Thursday, with results expected overnight.",
        date(2023, 7, 19),
        &[
            ("10 p.m. Thursday", "2023-07-20T22:00"),
            ("overnight", "2023-07-20TNI"),
        ],
    );
    // Wednesday 10 September 2025.
    check(
        "Rebels said troops shelled the town last Friday, while the army said fighters attacked two villages overnight.",
        date(2025, 9, 10),
        &[("last Friday", "2025-09-05"), ("overnight", "2025-09-09TNI")],
    );
}

#[test]
fn march_and_may_before_an_event_noun_are_months() {
    // Wednesday 8 January 2025.
    check(
        "Court sets March trial for former governor\n\nThe May election will be close, Theresa May said.",
        date(2025, 1, 8),
        &[("March", "2025-03"), ("May", "2025-05")],
    );
}

#[test]
fn a_trailing_attribution_leaves_the_anaphora_on_the_story() {
    // Tuesday 6 January 2026.
    check(
        "Workers walk out on January 26 and return the following day, the union said.",
        date(2026, 1, 6),
        &[("January 26", "2026-01-26"), ("the following day", "2026-01-27")],
    );
    // Thursday 12 October 2023: "said" opening the main clause is no attribution.
    check(
        "Speaking in Austin on Tuesday, the governor said the city would have to wait.",
        date(2023, 10, 12),
        &[("Tuesday", "2023-10-10")],
    );
    check(
        "Drivers strike from 6 a.m. on January 26 until 6 a.m. the following day, the union said.",
        date(2026, 1, 6),
        &[
            ("6 a.m. on January 26", "2026-01-26T06:00"),
            ("6 a.m. the following day", "2026-01-27T06:00"),
        ],
    );
}

#[test]
fn a_quarter_takes_the_year_written_before_it() {
    check(
        "The 2013 shutdown, which lasted 16 days, cut fourth-quarter growth.",
        date(2024, 9, 25),
        &[("2013", "2013"), ("fourth-quarter", "2013-Q4")],
    );
}

#[test]
fn a_counted_noun_in_s_is_no_present_verb() {
    // Wednesday 5 March 2025.
    check(
        "The currency weakened to 69.2 U.S. cents on Tuesday afternoon before recovering.",
        date(2025, 3, 5),
        &[("Tuesday afternoon", "2025-03-04TAF")],
    );
    // Friday 3 January 2025.
    check(
        "The decision follows a meeting in the capital on Thursday evening.",
        date(2025, 1, 3),
        &[("Thursday evening", "2025-01-02TEV")],
    );
}

#[test]
fn review_cases_for_counted_nouns_possessive_events_and_may() {
    // Wednesday 20 November 2024.
    let published = date(2024, 11, 20);
    check(
        "Sales fell 3 percent. The summit opens on Thursday.",
        published,
        &[("Thursday", "2024-11-21")],
    );
    check(
        "The results of Sunday's vote surprised analysts.",
        published,
        &[("Sunday", "2024-11-17")],
    );
    check(
        "A planned Theresa May visit to Brussels was cancelled.",
        published,
        &[],
    );
}
