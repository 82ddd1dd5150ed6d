//! Chronology tests: anchoring, tense and period edges. All sentences are
//! invented for these tests.

use super::tests::check_at as check;
use jiff::civil::date;

#[test]
fn a_range_endpoint_year_does_not_frame_a_later_deadline() {
    // Wednesday 2 March 2022.
    check(
        "The agency asked firms to hand over records going back to 1995 by April 30.",
        date(2022, 3, 2),
        &[("1995", "1995"), ("April 30", "2022-04-30")],
    );
    check(
        "In 1995, the plant closed on April 30.",
        date(2022, 3, 2),
        &[("1995", "1995"), ("April 30", "1995-04-30")],
    );
}

#[test]
fn the_week_after_next() {
    // Thursday 9 June 2022, ISO week 23.
    check(
        "The minister will visit Lisbon the week after next.",
        date(2022, 6, 9),
        &[("the week after next", "2022-W25")],
    );
    check(
        "The ferry leaves the day after tomorrow.",
        date(2022, 6, 9),
        &[("the day after tomorrow", "2022-06-11")],
    );
}

#[test]
fn an_expectation_points_ahead() {
    check(
        "Officials said they expect parliament in Lisbon to debate the bill in April.",
        date(2022, 6, 9),
        &[("April", "2023-04")],
    );
}

#[test]
fn a_noun_in_s_before_on_is_not_a_scheduled_present() {
    // Thursday 9 June 2022.
    check(
        "Shoppers leaving the stores on Monday described long queues.",
        date(2022, 6, 9),
        &[("Monday", "2022-06-06")],
    );
    check(
        "The festival opens on Monday.",
        date(2022, 6, 9),
        &[("Monday", "2022-06-13")],
    );
}

#[test]
fn a_distant_ed_verb_still_puts_a_month_in_the_past() {
    check(
        "The two rivals appeared together at a charity gala in February, a sign of a truce.",
        date(2022, 10, 20),
        &[("February", "2022-02")],
    );
}

#[test]
fn tonight_in_a_quote_follows_the_night_just_reported() {
    // Monday 6 June 2022.
    check(
        "The count ended late on Sunday night. \"Tonight the city chose hope,\" she told the crowd.",
        date(2022, 6, 6),
        &[("Sunday night", "2022-06-05TNI"), ("Tonight", "2022-06-05TNI")],
    );
    check(
        "The final vote is tonight.",
        date(2022, 6, 6),
        &[("tonight", "2022-06-06TNI")],
    );
}

#[test]
fn the_start_of_a_range_is_a_day_other_edges_keep_the_period() {
    let d = date(2022, 6, 9);
    check(
        "Prices have fallen since the start of the year.",
        d,
        &[("the start of the year", "2022-01-01")],
    );
    check(
        "Tolls rose sharply from the beginning of April.",
        d,
        &[("the beginning of April", "2022-04-01")],
    );
    check(
        "The firm must file its reply by the end of September.",
        d,
        &[("the end of September", "2022-09")],
    );
    check(
        "Sales slowed at the end of 1994.",
        d,
        &[("the end of 1994", "1994")],
    );
}

#[test]
fn one_or_two_weeks_ago_is_a_day_more_is_a_week() {
    // Thursday 9 June 2022, ISO week 23.
    let d = date(2022, 6, 9);
    check(
        "She took office two weeks ago.",
        d,
        &[("two weeks ago", "2022-05-26")],
    );
    check(
        "The plant shut five weeks ago.",
        d,
        &[("five weeks ago", "2022-W18")],
    );
}

#[test]
fn a_past_anaphor_does_not_chain_from_a_day_still_to_come() {
    // Monday 6 June 2022.
    check(
        "The river peaked on Saturday. Inspectors will arrive on Thursday. \
         \"We had boats out the next day,\" the chief said.",
        date(2022, 6, 6),
        &[
            ("Saturday", "2022-06-04"),
            ("Thursday", "2022-06-09"),
            ("the next day", "2022-06-05"),
        ],
    );
    check(
        "Inspectors will arrive on Thursday and leave the next day.",
        date(2022, 6, 6),
        &[("Thursday", "2022-06-09"), ("the next day", "2022-06-10")],
    );
}

#[test]
fn the_following_month_or_season_counts_from_the_last_date() {
    // Friday 15 January 1999.
    check(
        "Tillman was indicted in February 1997. His first trial ended in a mistrial the following \
         October, and a second began the following spring.",
        date(1999, 1, 15),
        &[
            ("February 1997", "1997-02"),
            ("the following October", "1997-10"),
            ("the following spring", "1998-SP"),
        ],
    );
}

#[test]
fn plans_with_an_object_points_ahead() {
    // Monday 28 October 1996.
    let published = date(1996, 10, 28);
    check(
        "Whitlock plans a bus tour of southern Ohio beginning Thursday.",
        published,
        &[("Thursday", "1996-10-31")],
    );
    check(
        "The company unveiled plans a week ago and met investors on Thursday.",
        published,
        &[("a week ago", "1996-10-21"), ("Thursday", "1996-10-24")],
    );
}

#[test]
fn a_past_verb_next_to_the_date_outweighs_later_cues() {
    check(
        "Early unofficial results from Monday's midterm elections showed gains for the opposition.",
        date(2025, 5, 13),
        &[("Monday", "2025-05-12")],
    );
    check(
        "A federal judge on Wednesday temporarily blocked an Arizona law that would have limited drop boxes.",
        date(2024, 10, 24),
        &[("Wednesday", "2024-10-23")],
    );
}

#[test]
fn a_limit_followed_by_a_scheduled_clause_lies_ahead() {
    check(
        "He said he hoped for an agreement by Friday, when the two-week conference is scheduled to end.",
        date(2025, 11, 19),
        &[("Friday", "2025-11-21")],
    );
}

#[test]
fn since_looks_back_and_expected_by_looks_ahead() {
    check(
        "Road blockades by miners have cut fuel deliveries to the city since Sunday.",
        date(2026, 5, 13),
        &[("Sunday", "2026-05-10")],
    );
    check(
        "INEC said in a statement that a final result was expected by Tuesday.",
        date(2026, 8, 9),
        &[("Tuesday", "2026-08-11")],
    );
}

#[test]
fn an_attribution_with_an_object_after_a_quote_does_not_set_its_tense() {
    check(
        "'The only poll that counts is the one on April 12,' Gabor Nagy told state news agency MTI.",
        date(2026, 2, 10),
        &[("April 12", "2026-04-12")],
    );
}

#[test]
fn a_reporting_verb_at_the_very_end_does_not_panic() {
    check(
        "The minister on Monday told",
        date(2026, 2, 10),
        &[("Monday", "2026-02-09")],
    );
}

#[test]
fn an_s_noun_after_a_past_verb_is_its_object_not_a_schedule() {
    check(
        "The legislature passed amendments on Tuesday night that would cut the budget.",
        date(2025, 5, 21),
        &[("Tuesday night", "2025-05-20TNI")],
    );
}

#[test]
fn an_agreed_weekday_is_the_nearest_one() {
    // Thursday 11 September 2025.
    let published = date(2025, 9, 11);
    check(
        "They agreed to meet again on Friday.",
        published,
        &[("Friday", "2025-09-12")],
    );
    check(
        "Lawmakers voted to impeach him on Tuesday.",
        published,
        &[("Tuesday", "2025-09-09")],
    );
}

#[test]
fn a_bare_time_opening_a_range_takes_the_day_that_closes_it() {
    // Thursday 6 November 2025.
    check(
        "Polls will be open from 7 a.m. to 8 p.m. on Sunday.",
        date(2025, 11, 6),
        &[
            ("7 a.m.", "2025-11-09T07:00"),
            ("8 p.m. on Sunday", "2025-11-09T20:00"),
        ],
    );
    check(
        "He arrived at 7 a.m. and left Tuesday.",
        date(2025, 11, 6),
        &[("7 a.m.", "2025-11-06T07:00"), ("Tuesday", "2025-11-04")],
    );
}

#[test]
fn were_due_to_looks_ahead_had_been_due_to_does_not() {
    // Thursday 11 September 2025.
    let published = date(2025, 9, 11);
    check(
        "Negotiators were due to meet again on Friday.",
        published,
        &[("Friday", "2025-09-12")],
    );
    check(
        "It had been due to expire Friday evening.",
        published,
        &[("Friday evening", "2025-09-05TEV")],
    );
}

#[test]
fn a_weekday_of_next_last_or_this_week_is_that_day() {
    // Wednesday 15 March 2023.
    let published = date(2023, 3, 15);
    check(
        "Registration runs for 30 days from Monday next week.",
        published,
        &[("Monday next week", "2023-03-20")],
    );
    check(
        "He left on Friday last week.",
        published,
        &[("Friday last week", "2023-03-10")],
    );
    check(
        "Talks end on Thursday this week.",
        published,
        &[("Thursday this week", "2023-03-16")],
    );
    // Across the year end: Wednesday 31 December 2025.
    check(
        "The law takes effect on Monday next week.",
        date(2025, 12, 31),
        &[("Monday next week", "2026-01-05")],
    );
}

#[test]
fn schedules_in_subordinate_clauses_campaigns_and_polls_look_ahead() {
    // Tuesday 3 March 2026.
    check(
        "Lee said Seoul had \"a window\" before South Korea holds nationwide local elections on June 3.",
        date(2026, 3, 3),
        &[("June 3", "2026-06-03")],
    );
    // Friday 7 November 2025.
    check(
        "Voters in the southeastern state go to the polls on Saturday to elect a governor.",
        date(2025, 11, 7),
        &[("Saturday", "2025-11-08")],
    );
    // Wednesday 14 January 2026.
    check(
        "The prime minister launched his party's campaign for the April 12 parliamentary election.",
        date(2026, 1, 14),
        &[("April 12", "2026-04-12")],
    );
    // Tuesday 10 March 2026: ", and" opens a clause with its own tense.
    check(
        "\"Chile chose order, and from Wednesday we will govern with urgency,\" he said.",
        date(2026, 3, 10),
        &[("Wednesday", "2026-03-11")],
    );
    // But the past stays past: "announcements put out on Aug. 13 suggest …".
    check(
        "New public announcements put out on Aug. 13 suggest only caution.",
        date(1998, 9, 7),
        &[("Aug. 13", "1998-08-13")],
    );
}

#[test]
fn an_uncued_weekday_after_a_future_day_in_its_sentence_follows_it() {
    // Thursday 12 March 2026.
    check(
        "Prabowo will fly to Mexico City on Wednesday. He is due to address a dinner hosted by the \
         Consejo Mexicano de Negocios (CMN), a group of the country's biggest companies, that evening \
         before returning to Jakarta on Friday.",
        date(2026, 3, 12),
        &[
            ("Wednesday", "2026-03-18"),
            ("that evening", "2026-03-18TEV"),
            ("Friday", "2026-03-20"),
        ],
    );
}

#[test]
fn what_is_urged_or_promised_lies_ahead() {
    // Monday 17 November 2025.
    check(
        "He urged negotiators to present a coalition agreement \"well before the summer\".",
        date(2025, 11, 17),
        &[("the summer", "2026-SU")],
    );
    // Sunday 24 August 2025: a promise points ahead even when the nearer
    // February lies behind.
    check(
        "The league is barred ahead of an election that the interim government has promised to hold in February.",
        date(2025, 8, 24),
        &[("February", "2026-02")],
    );
    // A vote itself may be the dated act: the nearest Friday.
    check(
        "The board voted to approve the merger on Friday.",
        date(2025, 8, 24),
        &[("Friday", "2025-08-22")],
    );
}

#[test]
fn years_after_a_determiner_seasons_before_a_deadline_and_event_fights() {
    // Tuesday 14 October 2025.
    check(
        "His 2026 budget, tabled in parliament on Friday, allocated more to the state.",
        date(2025, 10, 14),
        &[("2026", "2026"), ("Friday", "2025-10-10")],
    );
    // Wednesday 15 October 2025.
    check(
        "Kyiv needed more air-defence systems before winter.",
        date(2025, 10, 15),
        &[("winter", "2025-WI")],
    );
    // Tuesday 13 January 2026: a headline's event named by its month.
    check(
        "Backers file signatures, setting up November showdown",
        date(2026, 1, 13),
        &[("November", "2026-11")],
    );
}

#[test]
fn a_weekday_of_a_named_week_is_not_the_nearest_one() {
    // Monday 13 March 2023: Friday of next week, not this Friday.
    check(
        "Talks resume on Friday next week.",
        date(2023, 3, 13),
        &[("Friday next week", "2023-03-24")],
    );
    // Friday 17 March 2023: Wednesday of last week, not two days ago.
    check(
        "He arrived on Wednesday last week.",
        date(2023, 3, 17),
        &[("Wednesday last week", "2023-03-08")],
    );
}

#[test]
fn review_cases_keep_their_direction() {
    // Wednesday 4 June 2025.
    let d = date(2025, 6, 4);
    check(
        "Iran vowed to retaliate on Sunday after the strike.",
        d,
        &[("Sunday", "2025-06-01")],
    );
    check(
        "He offered to resign on Monday, but the president refused.",
        d,
        &[("Monday", "2025-06-02")],
    );
    check(
        "He had asked officials to report on Monday, but they refused.",
        d,
        &[("Monday", "2025-06-02")],
    );
    check(
        "Officials met on Sunday, and on Monday talks resumed.",
        d,
        &[("Sunday", "2025-06-01"), ("Monday", "2025-06-02")],
    );
    check(
        "The campaign for the April 12 election was marred by violence.",
        d,
        &[("April 12", "2025-04-12")],
    );
    check(
        "Lawmakers set the vote for June 10, citing Monday's walkout.",
        d,
        &[("June 10", "2025-06-10"), ("Monday", "2025-06-02")],
    );
}

#[test]
fn second_review_cases_keep_their_direction() {
    // Wednesday 4 June 2025.
    let d = date(2025, 6, 4);
    check(
        "Ukraine will need more air-defence systems before winter.",
        d,
        &[("winter", "2025-WI")],
    );
    check(
        "Farmers hope to plant before spring.",
        d,
        &[("spring", "2026-SP")],
    );
    check(
        "Factories reopened after Spring Festival, fed by spring water.",
        d,
        &[],
    );
    check(
        "Officials urged those affected to attend a meeting on Monday.",
        d,
        &[("Monday", "2025-06-09")],
    );
    check(
        "The company said it hoped to complete the deal in March.",
        d,
        &[("March", "2026-03")],
    );
    check(
        "Usyk beat Dubois in Saturday's fight at Wembley.",
        d,
        &[("Saturday", "2025-05-31")],
    );
    check(
        "The prime minister will fly to Tokyo on Sunday, and on to Seoul on Tuesday.",
        d,
        &[("Sunday", "2025-06-08"), ("Tuesday", "2025-06-10")],
    );
}

#[test]
fn a_trip_schedule_moves_on_and_an_event_may_take_an_adjective() {
    // Friday 6 March 2026: the trip is next week, so its Friday is too.
    check(
        "Rubio will arrive in New Delhi on Monday for meetings. He will then fly to Canberra, arriving on \
         Friday for two days of talks.",
        date(2026, 3, 6),
        &[("Monday", "2026-03-09"), ("Friday", "2026-03-13")],
    );
    // Thursday 11 December 2025.
    check(
        "Candidates make their final pitch before Sunday's presidential runoff",
        date(2025, 12, 11),
        &[("Sunday", "2025-12-14")],
    );
}

#[test]
fn a_year_said_in_words_frames_the_month_beside_it() {
    // Tuesday 8 October 2024.
    check(
        "China opened the inquiry earlier this year, in January, and launched probes in June.",
        date(2024, 10, 8),
        &[
            ("earlier this year", "2024"),
            ("January", "2024-01"),
            ("June", "2024-06"),
        ],
    );
}

#[test]
fn in_the_afternoon_is_the_narrative_day() {
    // Tuesday 10 December 2024.
    check(
        "Speaking to reporters in Putrajaya in the afternoon, Anwar defended the reshuffle.",
        date(2024, 12, 10),
        &[("the afternoon", "2024-12-10TAF")],
    );
    check(
        "The talks began on Monday. In the evening, both sides signed. He runs every day in the morning.",
        date(2024, 12, 10),
        &[("Monday", "2024-12-09"), ("the evening", "2024-12-09TEV")],
    );
}

#[test]
fn weekdays_in_wire_copy_take_their_own_clause() {
    // Thursday 27 June 2024.
    check(
        "Ruto on Wednesday withdrew a bill that would have raised taxes, after protesters stormed \
         parliament on Tuesday.",
        date(2024, 6, 27),
        &[("Wednesday", "2024-06-26"), ("Tuesday", "2024-06-25")],
    );
    // Wednesday 3 September 2025.
    check(
        "Bayrou met Socialist leaders on Tuesday before a confidence vote in the National Assembly on Monday.",
        date(2025, 9, 3),
        &[("Tuesday", "2025-09-02"), ("Monday", "2025-09-08")],
    );
    // Friday 23 August 2024.
    check(
        "Prosecutors have summoned him to testify on Monday.",
        date(2024, 8, 23),
        &[("Monday", "2024-08-26")],
    );
    // Monday 9 February 2026.
    check(
        "With all votes counted by 11:45 p.m. on Sunday, the party had won.",
        date(2026, 2, 9),
        &[("11:45 p.m. on Sunday", "2026-02-08T23:45")],
    );
}

#[test]
fn a_future_verb_far_back_still_sets_the_clause() {
    // Thursday 4 December 2025.
    check(
        "Putin will also attend a business forum hosted by the Federation of Indian Chambers of Commerce \
         and Industry (FICCI) on Friday afternoon.",
        date(2025, 12, 4),
        &[("Friday afternoon", "2025-12-05TAF")],
    );
    // Wednesday 24 September 2025: a past verb that far back does not.
    check(
        "The minister led a delegation of more than 100 business executives to the Syrian capital for a \
         two-day forum that ends on Thursday.",
        date(2025, 9, 24),
        &[("Thursday", "2025-09-25")],
    );
    // Wednesday 6 August 2025: "detailed" is an adjective here.
    check(
        "He said the commission would announce the detailed schedule in December.",
        date(2025, 8, 6),
        &[("December", "2025-12")],
    );
}

#[test]
fn counted_from_the_story_and_four_digit_clock_times() {
    // Saturday 10 August 2024.
    check(
        "Hasina fled on August 5, and Yunus was sworn in three days later.",
        date(2024, 8, 10),
        &[("August 5", "2024-08-05"), ("three days later", "2024-08-08")],
    );
    // Tuesday 11 March 2025.
    check(
        "The minister spoke at 1100 GMT on Tuesday.",
        date(2025, 3, 11),
        &[("1100 GMT on Tuesday", "2025-03-11T11:00")],
    );
}
