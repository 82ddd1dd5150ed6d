//! Hard cases of federal and party politics (own sentences): states of a
//! federation ("Ondo State"), lists of counties, a party word before an
//! unlisted name, holidays next to a party's name, Filipino particles and
//! courts with their circuit, district or seat.

use super::super::EntityKind;
use super::extract_entities;
use super::tests_cases::{absent, find, kind_of};

#[test]
fn a_name_and_a_capitalised_state_is_a_place() {
    let t = "Vote\n\nMaterials reached all 18 local government areas of Ondo State on Monday. \
             Lagos State Governor Babajide Sanwo-Olu spoke, and the Kano State government agreed. \
             Secretary of State Antony Blinken and Islamic State fighters were not there. \
             He studied at Washington State University.";
    let ents = extract_entities(t);
    for place in ["Ondo State", "Lagos State", "Kano State"] {
        assert_eq!(kind_of(&ents, place), EntityKind::Place, "{place}");
    }
    assert_eq!(kind_of(&ents, "Babajide Sanwo-Olu"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Antony Blinken"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Islamic State"), EntityKind::Organization);
    assert_eq!(
        kind_of(&ents, "Washington State University"),
        EntityKind::Organization
    );
    absent(&ents, "State");
}

#[test]
fn a_list_before_a_plural_division_noun_names_places() {
    let ents = extract_entities(
        "Budget\n\nThe governor met county officials from Lancaster, Berks and York counties on Monday.",
    );
    for place in ["Lancaster", "Berks", "York"] {
        assert_eq!(kind_of(&ents, place), EntityKind::Place, "{place}");
    }
}

#[test]
fn a_party_word_before_an_unlisted_name_leaves_the_person() {
    let t = "Debate\n\nDemocrat Abigail Spanberger and Republican Winsome Earle-Sears clashed over taxes. \
             Earle-Sears said she would cut them. Delegates met at the Republican National Convention.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Winsome Earle-Sears"), EntityKind::Person);
    let e = find(&ents, "Winsome Earle-Sears").unwrap();
    assert_eq!(e.mentions.len(), 2, "{e:#?}");
    assert_eq!(kind_of(&ents, "Republican"), EntityKind::Other);
    absent(&ents, "National Convention");
}

#[test]
fn a_party_named_elsewhere_does_not_claim_its_holiday() {
    let t = "Budget\n\nPrime Minister Anthony Albanese's Labor government met on Labor Day. \
             Labor won a second term in May.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Labor"), EntityKind::Organization);
    let e = find(&ents, "Labor").unwrap();
    assert_eq!(e.mentions.len(), 2, "{e:#?}");
}

#[test]
fn filipino_particles_and_police_titles_stay_in_names() {
    let t = "Senate race\n\nSenator Ronald dela Rosa finished third. \
             Inspector-General of Police Kayode Egbetokun said the Nigeria Police Force would deploy.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Ronald dela Rosa"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Kayode Egbetokun"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Nigeria Police Force"), EntityKind::Organization);
}

#[test]
fn a_court_keeps_its_circuit_district_and_seat() {
    let t = "Ruling\n\nThe U.S. Court of Appeals for the Fifth Circuit ruled on Monday, and a panel of the \
             U.S. Court of Appeals for the District of Columbia Circuit agreed. The Court of King's Bench of \
             Alberta dismissed a similar case. The U.S. District Court for the Southern District of New York \
             and the U.S. Court of Appeals for the Federal Circuit were not involved.";
    let ents = extract_entities(t);
    for court in [
        "U.S. Court of Appeals for the Fifth Circuit",
        "U.S. Court of Appeals for the District of Columbia Circuit",
        "Court of King's Bench of Alberta",
        "U.S. District Court for the Southern District of New York",
        "U.S. Court of Appeals for the Federal Circuit",
    ] {
        assert_eq!(kind_of(&ents, court), EntityKind::Organization, "{court}");
    }
    absent(&ents, "Fifth Circuit");
    absent(&ents, "Bench");
}

#[test]
fn committees_chambers_and_missions_keep_their_whole_names() {
    let t = "Hearing\n\nShe appeared before the Senate Health, Education, Labor and Pensions Committee on \
             Wednesday. The Colorado House of Representatives passed the bill, and the UN Support Office \
             in Haiti will help. Deforestation in the Amazon fell, while Amazon shares rose.";
    let ents = extract_entities(t);
    for org in [
        "Senate Health, Education, Labor and Pensions Committee",
        "Colorado House of Representatives",
        "UN Support Office in Haiti",
    ] {
        assert_eq!(kind_of(&ents, org), EntityKind::Organization, "{org}");
    }
    absent(&ents, "Education");
    let amazon: Vec<EntityKind> = ents
        .iter()
        .filter(|e| e.name == "Amazon")
        .map(|e| e.kind)
        .collect();
    assert!(
        amazon.contains(&EntityKind::Place) && amazon.contains(&EntityKind::Organization),
        "{amazon:?}"
    );
}

#[test]
fn election_officials_ministers_of_two_portfolios_and_wildfires() {
    let t = "Polls\n\nChief Election Commissioner Gyanesh Kumar and Election Commissioners Sukhbir Singh \
             Sandhu spoke. Australia's Climate Change and Energy Minister Chris Bowen agreed. Women's \
             Minister Doris anak Jelani was sworn in. The Marshall Fire destroyed homes, and the \
             Mahagathbandhan alliance met. Rwanda-backed M23 rebels seized Goma.";
    let ents = extract_entities(t);
    for person in [
        "Gyanesh Kumar",
        "Sukhbir Singh Sandhu",
        "Chris Bowen",
        "Doris anak Jelani",
    ] {
        assert_eq!(kind_of(&ents, person), EntityKind::Person, "{person}");
    }
    assert_eq!(kind_of(&ents, "Marshall Fire"), EntityKind::Other);
    assert_eq!(kind_of(&ents, "Mahagathbandhan"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "M23"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Rwanda"), EntityKind::Place);
    absent(&ents, "Climate Change");
}
