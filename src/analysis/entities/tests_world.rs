//! Hard cases of names from around the world (own sentences): parties
//! joined by a hyphen, a Japanese party's own name, streets named after
//! people, Pacific nationalities and the Kremlin as a place.

use super::super::EntityKind;
use super::extract_entities;
use super::tests_cases::{absent, kind_of};

#[test]
fn two_parties_joined_by_a_hyphen_are_two_organisations() {
    let t = "Coalition\n\nThe Fidesz-KDNP alliance won a majority. Her party struck a deal with the Japan \
             Innovation Party (Nippon Ishin no Kai), and the LDP-Ishin agreement was signed on Monday. \
             Shares of Mercedes-Benz rose.";
    let ents = extract_entities(t);
    for org in [
        "Fidesz",
        "KDNP",
        "LDP",
        "Ishin",
        "Nippon Ishin no Kai",
        "Mercedes-Benz",
    ] {
        assert_eq!(kind_of(&ents, org), EntityKind::Organization, "{org}");
    }
    absent(&ents, "Fidesz-KDNP");
    absent(&ents, "Kai");
}

#[test]
fn a_street_keeps_the_person_it_is_named_after() {
    let t = "Protest\n\n\"We will go on,\" he told supporters on Habib Bourguiba Avenue in central Tunis. \
             Crowds later filled the Plaza del Congreso.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Habib Bourguiba Avenue"), EntityKind::Place);
    absent(&ents, "Habib");
    absent(&ents, "Congreso");
}

#[test]
fn pacific_nationalities_and_the_kremlin() {
    let t = "Forum\n\nThe Tongan and Samoan delegations met Fijian officials in Suva. The Kremlin said it \
             was not involved.";
    let ents = extract_entities(t);
    for group in ["Tongan", "Samoan", "Fijian"] {
        assert_eq!(kind_of(&ents, group), EntityKind::Other, "{group}");
    }
    assert_eq!(kind_of(&ents, "Kremlin"), EntityKind::Place);
}

#[test]
fn a_participle_compound_names_its_place_and_leaves_the_next_name() {
    let t = "Summit\n\nThe fighting in the eastern Democratic Republic of Congo (DRC) hung over the meeting. \
             Rwanda-backed M23 rebels seized Goma in late January, and materials reached all areas of \
             Ondo State.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Rwanda"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "M23"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Ondo State"), EntityKind::Place);
    absent(&ents, "Rwanda-backed M23");
}

#[test]
fn a_party_office_after_a_one_word_name_makes_it_the_party() {
    let t = "Takaichi elected prime minister after coalition deal with Ishin\n\nIshin co-leader and Osaka \
             Governor Hirofumi Yoshimura said his party would not take cabinet posts.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Ishin"), EntityKind::Organization);
    assert_eq!(kind_of(&ents, "Hirofumi Yoshimura"), EntityKind::Person);
}

#[test]
fn a_title_word_inside_a_name_and_spanish_party_names() {
    let t = "Talks\n\nSomali President Hassan Sheikh Mohamud met Jubaland leader Ahmed Madobe. The bill, \
             presented by Cabinet Chief Manuel Adorni at the Casa Rosada, was opposed by the Peronist \
             Unión por la Patria bloc. Brazilian-born Luis Oliveira scored.";
    let ents = extract_entities(t);
    assert_eq!(kind_of(&ents, "Hassan Sheikh Mohamud"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Jubaland"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Manuel Adorni"), EntityKind::Person);
    assert_eq!(kind_of(&ents, "Casa Rosada"), EntityKind::Place);
    assert_eq!(kind_of(&ents, "Unión por la Patria"), EntityKind::Organization);
    absent(&ents, "Brazilian");
    absent(&ents, "Peronist Unión por la Patria");
}
