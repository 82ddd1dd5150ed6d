//! Hard cases from modern wire news (own sentences): titles inside
//! organisation spans, sentence-opening words, abbreviated country prefixes,
//! agencies in datelines and geographic head and tail words.

use super::super::{Entity, EntityKind};
use super::extract_entities;

pub(super) fn find<'a>(ents: &'a [Entity], name: &str) -> Option<&'a Entity> {
    ents.iter()
        .find(|e| e.aliases.iter().any(|a| a == name) || e.name == name)
}

pub(super) fn kind_of(ents: &[Entity], name: &str) -> EntityKind {
    find(ents, name)
        .unwrap_or_else(|| panic!("missing {name} in {ents:#?}"))
        .kind
}

pub(super) fn absent(ents: &[Entity], name: &str) {
    assert!(
        find(ents, name).is_none(),
        "{name} should not be an entity: {ents:#?}"
    );
}

#[test]
fn a_title_after_an_organisation_splits_it_from_the_person() {
    let t = "Bank of England Governor Andrew Bailey said rates would stay high. Bailey spoke in London.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Bank of England"), EntityKind::Organization);
    let bailey = find(&ents, "Andrew Bailey").expect("Andrew Bailey");
    assert_eq!(bailey.kind, EntityKind::Person);
    assert_eq!(bailey.mentions.len(), 2);
    assert!(bailey.roles.iter().any(|r| r.contains("Governor")), "{bailey:#?}");
}

#[test]
fn an_organisation_name_that_starts_with_a_title_word_is_not_a_title() {
    let t = "The General Assembly adopted the resolution on Friday with 141 votes in favour.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "General Assembly"), EntityKind::Organization);
    absent(&ents, "Assembly");
}

#[test]
fn abbreviated_country_prefixes_join_the_institution() {
    let t = "The U.S. Senate approved the bill, and the U.N. General Assembly debated it. \
             Officers of U.S. Customs and Border Protection inspected the trucks.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "U.S. Senate"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "U.N. General Assembly"), EntityKind::Organization);
    assert_eq!(
        kind_of(&ents, "U.S. Customs and Border Protection"),
        EntityKind::Organization
    );
    absent(&ents, "Border Protection");
}

#[test]
fn sentence_opening_words_are_not_part_of_names() {
    let t = "Shares of the planemaker rose 3 percent. Rival Boeing delivered 40 jets in May. \
             Nationally, turnout was 61 percent. Substitute Jonas Kettler scored twice.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Boeing"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Jonas Kettler"), EntityKind::Person);
    absent(&ents, "Rival Boeing");
    absent(&ents, "Nationally");
    absent(&ents, "Substitute Jonas Kettler");
}

#[test]
fn the_agency_in_a_dateline_is_an_organisation() {
    let t = "Talks resume\nNAIROBI, March 7 (Meridian) - Kenyan officials said on Tuesday that talks would resume.\n";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Meridian"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "NAIROBI"), EntityKind::Place);
}

#[test]
fn geographic_head_and_tail_words_make_places() {
    let t = "Fishermen on Lake Naivasha said water levels rose. Traffic on the Ambassador Bridge \
             was halted, and flights left Salgado Filho International Airport late. Climbers \
             returned from Mount Kenya.";
    let ents = extract_entities(t);
    for name in [
        "Lake Naivasha",
        "Ambassador Bridge",
        "Salgado Filho International Airport",
        "Mount Kenya",
    ] {
        assert_eq!(kind_of(&ents, name), EntityKind::Place, "{name}");
    }
}

#[test]
fn a_bridge_named_after_a_title_or_a_king_is_a_place() {
    let t = "New crossing opens\n\nTolls will pay for it. The old Ambassador Bridge, which opened \
             in 1929, stays open. The museum on King Edward Bridge in the old town reopened, and \
             buses cross George IV Bridge again.";
    let ents = extract_entities(t);
    for name in ["Ambassador Bridge", "King Edward Bridge", "George IV Bridge"] {
        assert_eq!(kind_of(&ents, name), EntityKind::Place, "{name}");
    }
}

#[test]
fn one_name_has_one_kind_in_an_article() {
    let t = "The dam at Salto Cerrito was closed. Engineers said Salto Cerrito would reopen. \
             Farmers near Salto Cerrito were told to wait.";
    let ents = extract_entities(t);
    let kinds: Vec<_> = ents
        .iter()
        .filter(|e| e.name == "Salto Cerrito")
        .map(|e| e.kind)
        .collect();
    assert_eq!(kinds, vec![EntityKind::Place], "{ents:#?}");
}

#[test]
fn a_city_that_plays_in_a_sports_report_is_a_team() {
    let t = "Ramos homered twice and the Harbor Hawks beat the Millers 6-2 on Sunday. \
             In Denver, the game was delayed by rain in the third inning. Ortiz pitched \
             seven innings for Denver, and Denver has won eight of its last 10 games. \
             The league leaders scored three runs in the ninth. Their coach said the \
             season was long, and the pitcher agreed after the match. The win kept \
             them in the playoff race; the victory was their fifth, and their lead in \
             the standings grew after the goal-line dispute. Denver's lead is four games.";
    let ents = extract_entities(t);
    let denver: Vec<_> = ents
        .iter()
        .filter(|e| e.name == "Denver")
        .map(|e| (e.kind, e.mentions.len()))
        .collect();
    assert!(denver.contains(&(EntityKind::Place, 1)), "{denver:?}");
    assert!(denver.contains(&(EntityKind::Organization, 3)), "{denver:?}");
}

#[test]
fn a_city_in_a_political_story_stays_a_place() {
    let t = "Lawmakers in Denver voted for the budget. The plan passed 40-25, and the \
             governor said Denver has won federal money for the rail line.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Denver"), EntityKind::Place);
    assert_eq!(ents.iter().filter(|e| e.name == "Denver").count(), 1);
}

#[test]
fn a_dateline_on_its_own_line_names_the_place_and_the_agency() {
    let t = "Ministers agree on aid\nLIMA, March 7 (Meridian Wire) -\n\
             Ministers from six countries agreed on Tuesday to send aid to the flooded north.\n";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "LIMA"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Meridian Wire"), EntityKind::Organization);
}

#[test]
fn portfolio_words_before_a_title_are_part_of_the_role() {
    let t = "European Competition Commissioner Pieter Lindqvist said the fine was fair. \
             Kenyan Trade Cabinet Secretary Amina Wekesa met investors.";
    let ents = extract_entities(t);
    absent(&ents, "Competition");
    absent(&ents, "European Competition");
    absent(&ents, "Kenyan Trade Cabinet");
    absent(&ents, "Trade Cabinet");
    assert_eq!(kind_of(&ents, "Pieter Lindqvist"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Amina Wekesa"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Kenyan"), EntityKind::Other);
}

#[test]
fn province_of_and_compass_words_make_places() {
    let t = "The reservoir would flood farmland in the province of Tarvanos. \
             Southern Brazil suffered another dry winter, and ferries between Velmora \
             and Montevideo were suspended.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Tarvanos"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Velmora"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Southern Brazil"), EntityKind::Place);
}

#[test]
fn a_side_of_town_is_a_place() {
    let t = "Drains fail\n\nThe state will pay for the Westside drainage network. \
             Residents at a Westside library said their streets flooded again.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Westside"), EntityKind::Place);
}

#[test]
fn a_state_before_a_party_member_is_a_place() {
    let t = "Budget vote\n\nJane Holt, a Vermont Republican, opposed the bill. The Nevada \
             Democrat said she would vote no.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Vermont"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Nevada"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Republican"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Democrat"), EntityKind::Other);
    absent(&ents, "Vermont Republican");
}

#[test]
fn a_plural_title_covers_both_coordinated_names() {
    let t = "House vote\n\nTwo Republicans, Reps. Dana Whitfield of Ohio and Victoria Ames of \
             Utah, voted no. A bench of Justices Ravi Menon and Kavita Rao heard the case.";
    let ents = extract_entities(t);
    for name in ["Dana Whitfield", "Victoria Ames", "Ravi Menon", "Kavita Rao"] {
        assert_eq!(kind_of(&ents, name), EntityKind::Person, "{name}");
    }
    absent(&ents, "Reps");
}

#[test]
fn a_legislator_of_a_town_is_no_organisation_member() {
    let t = "Budget talks\n\nSenate Majority Leader Andrea Stewart-Cousins of Yonkers called the \
             plan bold.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Andrea Stewart-Cousins"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Yonkers"), EntityKind::Place);
}

#[test]
fn two_organisations_sharing_a_head_word_stay_two() {
    let t = "Protests\n\nStudents from the University of Ghana and Ashesi University marched. \
             The Department of Health and Human Services said nothing.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "University of Ghana"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Ashesi University"), EntityKind::Organization);
    assert_eq!(
        kind_of(&ents, "Department of Health and Human Services"),
        EntityKind::Organization
    );
}

#[test]
fn places_by_apposition_and_the_streets_of_a_town() {
    let t = "Protests\n\nCrowds gathered in the commercial capital, Kandoro, on Friday. \
             The streets of Mbeluza were calm, and Malawians and Londoners watched.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Kandoro"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Mbeluza"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Malawians"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Londoners"), EntityKind::Other);
}

#[test]
fn a_lowercase_common_noun_after_a_listed_name_stays_outside() {
    let t = "India votes\n\nThe main opposition Congress party objected to the count.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Congress"), EntityKind::Organization);
    absent(&ents, "Congress party");
}

#[test]
fn coordinated_words_before_a_head_word_open_the_name() {
    let t = "Cairo\n\nHe led the Freedom and Justice Party for two years. The Unity and \
             Renewal Party said it would run. Britain and the Labour Party disagreed.";
    let ents = extract_entities(t);
    assert_eq!(
        kind_of(&ents, "Freedom and Justice Party"),
        EntityKind::Organization
    );
    assert_eq!(
        kind_of(&ents, "Unity and Renewal Party"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(&ents, "Britain"), EntityKind::Place);
    absent(&ents, "Party");
}

#[test]
fn slashed_datelines_ports_and_shrines_are_places() {
    let t = "Border talks\n\nISLAMABAD/KABUL, Oct 12 (Reuters) - Talks began. Fighting reached \
             Port Kessa, near the Yasukuni Shrine and the Republican Palace. Envoys met at the \
             Palais des Nations.";
    let ents = extract_entities(t);
    for name in [
        "ISLAMABAD",
        "KABUL",
        "Port Kessa",
        "Yasukuni Shrine",
        "Republican Palace",
    ] {
        assert_eq!(kind_of(&ents, name), EntityKind::Place, "{name}");
    }
    let table = extract_entities("Standings\n\nCrystal Palace 4 1 2 1\nPort Vale 4 1 2 1\n");
    assert_ne!(kind_of(&table, "Crystal Palace"), EntityKind::Place);
    assert_ne!(kind_of(&table, "Port Vale"), EntityKind::Place);
}

#[test]
fn a_bill_after_its_subject_is_a_law() {
    let t = "Budget protests\n\n\"On this Finance Bill, I concede,\" the president said from \
             State House. The Online Safety Bill and the Rwanda Bill stalled, and Bill Okoth left.";
    let ents = extract_entities(t);
    for name in ["Finance Bill", "Online Safety Bill", "Rwanda Bill"] {
        assert_eq!(kind_of(&ents, name), EntityKind::Other, "{name}");
    }
    assert_eq!(kind_of(&ents, "State House"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Bill Okoth"), EntityKind::Person);
}

#[test]
fn counties_and_bays_are_places_outside_sports_reports() {
    let t = "Results from the Nueces County elections office came late. Fishermen on \
             Nueces Bay said the water was warm.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Nueces County"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Nueces Bay"), EntityKind::Place);
}

#[test]
fn shows_fairs_and_agreements_are_other_and_libraries_organisations() {
    let t = "Airbus won orders at the Paris Air Show and the Zhuhai International Airshow. \
             Leaders recommitted to the Paris Agreement. The National Library of Scotland \
             reopened, and polling by Edison Research showed a tight race.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Paris Air Show"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Zhuhai International Airshow"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Paris Agreement"), EntityKind::Other);
    assert_eq!(
        kind_of(&ents, "National Library of Scotland"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(&ents, "Edison Research"), EntityKind::Organization);
}

#[test]
fn ministries_with_listed_portfolios_and_arabic_articles_stay_whole() {
    let t = "Exports reached a record, according to the Ministry of Development, Industry and Trade. \
             President Sheikh Mohamed bin Zayed al-Nahyan received the delegation.";
    let ents = extract_entities(t);
    assert_eq!(
        kind_of(&ents, "Ministry of Development, Industry and Trade"),
        EntityKind::Organization
    );
    absent(&ents, "Trade");
    assert_eq!(kind_of(&ents, "Mohamed bin Zayed al-Nahyan"), EntityKind::Person);
}

#[test]
fn an_institution_then_its_members_are_two_names() {
    let t = "Senate Republicans blocked the bill, and House Democrats said they would try again.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Senate"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Republicans"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Democrats"), EntityKind::Other);
    absent(&ents, "Senate Republicans");
    absent(&ents, "House Democrats");
}

#[test]
fn a_name_spelled_by_its_acronym_is_one_name_and_a_role_after_as_makes_a_person() {
    let t = "At least 50 people were killed, according to the Kenya National Commission on \
             Human Rights (KNCHR). Ruto reappointed Aden Duale as defence minister.";
    let ents = extract_entities(t);
    let c = find(&ents, "Kenya National Commission on Human Rights").expect("commission");
    assert_eq!(c.kind, EntityKind::Organization);
    assert!(c.aliases.iter().any(|a| a == "KNCHR"), "{c:#?}");
    absent(&ents, "Human Rights");
    assert_eq!(kind_of(&ents, "Aden Duale"), EntityKind::Person);
}

#[test]
fn a_firm_head_word_last_makes_an_organisation() {
    let t = "Analysts at Harbourview Capital Advisors and Mirela Konstantinou of Ostrava \
             Logistics Ventures said the deal was priced well. Samantha Power spoke later.";
    let ents = extract_entities(t);
    assert_eq!(
        kind_of(&ents, "Harbourview Capital Advisors"),
        EntityKind::Organization
    );
    assert_eq!(
        kind_of(&ents, "Ostrava Logistics Ventures"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(&ents, "Mirela Konstantinou"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Samantha Power"), EntityKind::Person);
}

#[test]
fn an_acronym_may_leave_out_the_complement_of_its_name() {
    let t = "The United Nations Relief and Works Agency for Palestine Refugees (UNRWA) warned of famine.";
    let ents = extract_entities(t);
    let a = find(
        &ents,
        "United Nations Relief and Works Agency for Palestine Refugees",
    )
    .expect("agency");
    assert_eq!(a.kind, EntityKind::Organization);
}

#[test]
fn a_name_before_a_site_noun_is_a_place() {
    let t = "Engineers inspected the Varela Grande hydroelectric dam on Monday. Work on the \
             Puerto Lobos canal was halted.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Varela Grande"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Puerto Lobos"), EntityKind::Place);
}

#[test]
fn hyphenated_compounds_of_listed_names_name_each_part() {
    let t = "Trade at the US-Canada border fell. The EU-Mercosur deal, German-Brazilian talks \
             and U.S.-Canadian ties were discussed.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Canada"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "EU"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Mercosur"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "German"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Brazilian"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Canadian"), EntityKind::Other);
    absent(&ents, "EU-Mercosur");
}

#[test]
fn a_name_before_a_hyphenated_participle_is_named_on_its_own() {
    let t = "The Nairobi-based lender hired a Ghanaian-born banker. Kremlin-backed groups \
             and a Saudi-led coalition crossed the Detroit-Windsor bridge from Lakeport-based firms.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Nairobi"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Ghanaian"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Saudi"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Detroit"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Windsor"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Lakeport"), EntityKind::Place);
    absent(&ents, "Nairobi-based");
    let t = "Kenya became a major non-NATO ally as pro-Russian groups marched.";
    let more = extract_entities(t);
    assert_eq!(kind_of(&more, "NATO"), EntityKind::Organization);
    assert_eq!(kind_of(&more, "Russian"), EntityKind::Other);
    let t = "Mayorkas faces a vote in the Republican-controlled House on Tuesday.";
    let house = extract_entities(t);
    assert_eq!(kind_of(&house, "Republican"), EntityKind::Other);
    assert_eq!(kind_of(&house, "House"), EntityKind::Organization);
    absent(&ents, "Detroit-Windsor");
    absent(
        &extract_entities("Navies patrol the Indo-Pacific region."),
        "Indo",
    );
}

#[test]
fn neighbouring_mentions_that_are_one_name_are_joined() {
    let t = "Ursula von der Leyen arrived on Monday. Von der Leyen said the Swiss People's Party \
             was wrong. The Court of Justice of the European Union ruled on Friday.";
    let ents = extract_entities(t);
    let ursula = find(&ents, "Ursula von der Leyen").expect("Ursula von der Leyen");
    assert_eq!(ursula.mentions.len(), 2, "{ursula:#?}");
    assert_eq!(kind_of(&ents, "Swiss People's Party"), EntityKind::Organization);
    assert_eq!(
        kind_of(&ents, "Court of Justice of the European Union"),
        EntityKind::Organization
    );
    absent(&ents, "Swiss");
    absent(&ents, "Von");
}

#[test]
fn an_office_after_a_possessive_keeps_its_owner_and_its_full_name() {
    let t = "x\n\n\"It is bad,\" European Competition Commissioner Pieter van Aalst said.\n\n\
             Officials at the Commission's Directorate-General for Competition (DG COMP) sent \
             questionnaires. Offices in Zürich-West were searched.\n";
    let ents = extract_entities(t);
    assert_eq!(
        kind_of(&ents, "Directorate-General for Competition"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(&ents, "Commission"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Zürich-West"), EntityKind::Place);
    absent(&ents, "Competition");
    absent(&ents, "West");
}

#[test]
fn a_division_noun_after_a_name_makes_it_a_place() {
    let t = "Protesters gathered in Posadas, the capital of Misiones province, while gunmen \
             raided a village in Zamfara state and farmers in Rio Grande do Sul waited for rain.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Misiones"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Zamfara"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Rio Grande do Sul"), EntityKind::Place);
}

#[test]
fn an_untagged_opener_with_an_organisation_apposition_is_an_organisation() {
    let t = "Crossings fell in May.\nFrontex, the EU border agency based in Warsaw, said crossings \
             fell. Athens asked for funds to build centres on Lesbos and Samos.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Frontex"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Lesbos"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Samos"), EntityKind::Place);
}

#[test]
fn titles_names_and_organisations_cut_short_by_the_tagger() {
    let t = "Far-right leaders met. The bill passed after Vice President Victoria Villarruel cast \
             a tie-breaking vote. Lawmakers from the Union for the Homeland coalition walked out.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Victoria Villarruel"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Union for the Homeland"), EntityKind::Organization);
    absent(&ents, "Far-right");
    absent(&ents, "Homeland");
}

#[test]
fn a_one_word_street_is_a_place() {
    let t = "A fund manager at a private bank on the Bahnhofstrasse said so. Crowds filled Alexanderplatz.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Bahnhofstrasse"), EntityKind::Place);
}

#[test]
fn motion_coordination_and_work_place_decide_weak_names() {
    let t = "The president will travel to Livingstone next week. Floods hit villages in Darbhanga \
             and Purnia on Monday. Analysts at Maybank expect a cut.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Livingstone"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Purnia"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Maybank"), EntityKind::Organization);
}

#[test]
fn venues_bases_and_organisations_opened_by_title_words() {
    let t = "Votes were counted at the Pingles Leisure Centre. Jets flew from Pituffik Space Base. \
             Egypt's General Intelligence Service hosted the talks. Pollster John Curtice said \
             Labour would lose, and Union Minister Chirag Paswan agreed.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Pingles Leisure Centre"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Pituffik Space Base"), EntityKind::Place);
    assert_eq!(
        kind_of(&ents, "General Intelligence Service"),
        EntityKind::Organization
    );
    let curtice = find(&ents, "John Curtice").expect("John Curtice");
    assert!(curtice.roles.iter().any(|r| r == "Pollster"), "{curtice:#?}");
    assert_eq!(kind_of(&ents, "Chirag Paswan"), EntityKind::Person);
    absent(&ents, "Union");
}

#[test]
fn short_forms_of_parties_and_commands_are_one_entity() {
    let t = "The U.S. Northern Command said so. Northern Command later agreed. The Labour Party \
             fell behind, and Labour officials blamed the leader.";
    let ents = extract_entities(t);
    let command = find(&ents, "U.S. Northern Command").expect("command");
    assert_eq!(command.mentions.len(), 2, "{command:#?}");
    let labour = find(&ents, "Labour Party").expect("Labour Party");
    assert_eq!(labour.mentions.len(), 2, "{labour:#?}");
}

#[test]
fn companies_coalitions_of_names_and_mixed_case_acronyms() {
    let t = "CAPE TOWN, April 24 (Reuters) - Shares in Rheinmetall and Saab rose. The Canadian \
             Chamber of Commerce welcomed it. Support for the Alternative for Germany (AfD) rose, \
             and the AfD won in Saxony-Anhalt.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Rheinmetall"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Saab"), EntityKind::Organization);
    assert_eq!(
        kind_of(&ents, "Canadian Chamber of Commerce"),
        EntityKind::Organization
    );
    let chp =
        extract_entities("Turkey votes\n\nThe Republican People's Party (CHP) objected. CHP leaders met.");
    let chp = find(&chp, "Republican People's Party").expect("CHP");
    assert_eq!(chp.mentions.len(), 3, "{chp:#?}");
    let afd = find(&ents, "Alternative for Germany").expect("AfD");
    assert_eq!(afd.mentions.len(), 3, "{afd:#?}");
    assert_eq!(kind_of(&ents, "Saxony-Anhalt"), EntityKind::Place);
    assert!(ents.iter().any(|e| e.name == "Cape Town"), "{ents:#?}");
}

#[test]
fn sample_like_leftovers_are_named_right() {
    let t = "River levels fall\n\nFerry services between Concordia and Salto were suspended in \
             Uruguay. Construction of Salto \
             Cerrito began in 2019. Schools in the Corpus Christi Independent School District \
             will stay closed. The Sendai Framework was adopted in 2015.";
    let ents = extract_entities(t);
    assert_eq!(
        kind_of(&ents, "Corpus Christi Independent School District"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(&ents, "Sendai Framework"), EntityKind::Other);
    absent(&ents, "Construction of Salto Cerrito");
}

#[test]
fn institutions_airlines_streets_and_facilities() {
    let t = "Markets slide\n\nPARIS, Jan 22 (AP) - The Turkish Statistical Institute said inflation slowed. Air France \
             cancelled flights from Charles de Gaulle airport, and Kyushu Electric Power checked its \
             plants near the Nankai Trough. Protesters marched down Avenida Paulista.";
    let ents = extract_entities(t);
    assert_eq!(
        kind_of(&ents, "Turkish Statistical Institute"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(&ents, "Air France"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Charles de Gaulle"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Kyushu Electric Power"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Nankai Trough"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Avenida Paulista"), EntityKind::Place);
    let bend =
        extract_entities("Aid flows\n\nFEMA has spent $530 million in the Coastal Bend since the storm.");
    assert_ne!(kind_of(&bend, "Coastal Bend"), EntityKind::Organization);
    let palace =
        extract_entities("Treaty signed\n\nThey signed the treaty in the Palacio Santos on Thursday.");
    assert_eq!(kind_of(&palace, "Palacio Santos"), EntityKind::Place);
    absent(&ents, "Jan");
    assert!(ents.iter().any(|e| e.name == "AP"), "{ents:#?}");
}

#[test]
fn holidays_are_dates_not_entities() {
    let t = "Recess begins\n\nThe Senate left for the Presidents' Day recess. Parades are planned \
             for Memorial Day and Labor Day, and ballots are due on Election Day.";
    let ents = extract_entities(t);
    for name in [
        "Presidents",
        "Presidents' Day",
        "Memorial Day",
        "Labor Day",
        "Election Day",
    ] {
        absent(&ents, name);
    }
    assert_eq!(kind_of(&ents, "Senate"), EntityKind::Organization);
}

#[test]
fn rivers_examples_of_towns_and_frameworks() {
    let t = "Forum ends\n\nMany died in coastal towns of Miyagi Prefecture such as Ishinomaki (石巻) \
             and Minamisanriku (南三陸). Delegates visited the Arakawa (荒川) river flood-control \
             works and adopted the Sendai Framework for Disaster Risk Reduction. The gauge between \
             Paso de los Libres and Uruguaiana failed.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Ishinomaki"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Minamisanriku"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Arakawa"), EntityKind::Place);
    assert_eq!(
        kind_of(&ents, "Sendai Framework for Disaster Risk Reduction"),
        EntityKind::Other
    );
}

#[test]
fn titles_with_an_of_portfolio_keep_the_person_apart() {
    let t = "Talks end\n\nSouth African Minister of International Relations Ronald Lamola spoke. \
             Minister of Finance Enoch Godongwana left. Cameron pressed Congress on Ukraine aid, and \
             Trade Minister Rebecca Miano visited Pretoria.";
    let ents = extract_entities(t);
    let lamola = find(&ents, "Ronald Lamola").expect("Lamola");
    assert_eq!(lamola.kind, EntityKind::Person);
    assert!(
        lamola.roles.iter().any(|r| r.contains("International Relations")),
        "{lamola:#?}"
    );
    assert_eq!(kind_of(&ents, "Enoch Godongwana"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "South African"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Congress"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Ukraine"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Pretoria"), EntityKind::Place);
    absent(&ents, "International");
}

#[test]
fn a_government_body_named_after_a_place_is_an_organisation() {
    let t = "Toll rises\n\nMore than 46,000 Palestinians have been killed, according to the Gaza Health Ministry.";
    let ents = extract_entities(t);
    assert_ne!(kind_of(&ents, "Gaza Health Ministry"), EntityKind::Place);
}

#[test]
fn a_legal_form_closes_a_company_name() {
    let t = "PAC spends\n\nMake America Great Again Inc., the main super PAC supporting him, spent heavily. \
             Shares of Skyfront Dynamics Inc. fell.";
    let ents = extract_entities(t);
    let maga = ents
        .iter()
        .find(|e| e.name.ends_with("Great Again Inc."))
        .expect("the PAC");
    assert_eq!(maga.kind, EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Skyfront Dynamics Inc."), EntityKind::Organization);
}

#[test]
fn uk_and_irish_titles_and_members_stay_out_of_names() {
    let t = "Budget row\n\nStarmer will host Irish Taoiseach Micheál Martin in London. Chancellor of the \
             Exchequer Rachel Reeves will appear before MPs as Labour MPs grow uneasy.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Micheál Martin"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Irish"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Rachel Reeves"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Labour"), EntityKind::Organization);
    absent(&ents, "MPs");
    absent(&ents, "Labour MPs");
}

#[test]
fn ap_state_abbreviations_are_places() {
    let t = "Border visit\nDOUGLAS, Ariz. (AP) — Officials in Tulsa, Okla., said the visit would go ahead.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Ariz."), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Okla."), EntityKind::Place);
}

#[test]
fn a_peoples_possessive_opens_a_party_name() {
    let t = "Dutch talks\n\nThe plan was opposed by the conservative-liberal People's Party for Freedom and \
             Democracy (VVD). The Pakistan People's Party and China's People's Liberation Army were named, \
             but Putin's United Russia party was not.";
    let ents = extract_entities(t);
    let vvd = find(&ents, "People's Party for Freedom and Democracy").expect("VVD");
    assert_eq!(vvd.kind, EntityKind::Organization);
    assert_eq!(
        kind_of(&ents, "Pakistan People's Party"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(&ents, "Putin"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "United Russia"), EntityKind::Organization);
    absent(&ents, "People");
    absent(&ents, "Putin's United Russia");
}

#[test]
fn a_lowercase_party_or_maker_cue_makes_an_organisation() {
    let t = "Vote count\n\nThe populist Sanseito party, which campaigned on curbing immigration, surged. \
             The deal covered drone maker Skyfront Dynamics and the Moslem party.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Sanseito"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Skyfront Dynamics"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Moslem"), EntityKind::Other);
}

#[test]
fn an_acronym_in_parentheses_takes_the_kind_of_the_name_before_it() {
    let t = "Dutch talks stall as D66 and CDA clash\nTHE HAGUE, Dec 2 (Reuters) -\n\
             Geert Wilders, whose Party for Freedom (PVV) lost 11 seats, was excluded. The populist JA21 \
             and the Farmer-Citizen Movement (BBB) said they would help, as did the Christian Democratic \
             Appeal (CDA).";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "PVV"), EntityKind::Organization);
    assert_eq!(
        kind_of(&ents, "Farmer-Citizen Movement"),
        EntityKind::Organization
    );
    assert_eq!(kind_of(&ents, "BBB"), EntityKind::Organization);
    assert_eq!(
        kind_of(&ents, "Christian Democratic Appeal"),
        EntityKind::Organization
    );
}

#[test]
fn the_surname_he_after_a_title_or_comma_is_a_name() {
    let t = "Export curbs\n\nA MOFCOM spokesperson, He Yadong, told a briefing in Beijing. Greer will meet \
             Chinese Vice Premier He Lifeng in Geneva. He said talks would go on.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "He Yadong"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "He Lifeng"), EntityKind::Person);
    absent(&ents, "He");
}

#[test]
fn a_country_opens_its_partys_name() {
    let t = "Vote in Pakistan\n\nThe Pakistan Muslim League-Nawaz formed a coalition with the Pakistan \
             People's Party on Tuesday.";
    let ents = extract_entities(t);
    assert_eq!(
        kind_of(&ents, "Pakistan Muslim League-Nawaz"),
        EntityKind::Organization
    );
    assert_eq!(
        kind_of(&ents, "Pakistan People's Party"),
        EntityKind::Organization
    );
}
