//! Name pools for generated families: common Norwegian names and names common among
//! families with a background from elsewhere (about half of Trondheim's families in
//! help-measure cases have a parent born abroad).

pub const CHILD_NAMES: &[&str] = &[
    "Emma", "Olivia", "Ella", "Sofie", "Ingrid", "Maja", "Leah", "Frida", "Nora", "Aisha",
    "Zainab", "Hanna", "Jakob", "Noah", "Emil", "Lukas", "Oskar", "Filip", "Aksel", "Isak",
    "Mohammed", "Ali", "Yusuf", "Adam", "Elias", "Tobias", "Liam", "Mathias", "Selma", "Amal",
];

pub const WOMEN: &[&str] = &[
    "Anne",
    "Hilde",
    "Marianne",
    "Camilla",
    "Ingvild",
    "Trine",
    "Siv",
    "Maria",
    "Fatima",
    "Hodan",
    "Agnieszka",
    "Layla",
    "Mona",
    "Heidi",
    "Elin",
    "Tiril",
    "Sunniva",
    "Marit",
];

pub const MEN: &[&str] = &[
    "Kjetil", "Morten", "Espen", "Thomas", "Lars", "Anders", "Ahmed", "Tomasz", "Omar", "Bjørn",
    "Jørgen", "Rune", "Hassan", "Tor", "Vegard", "Sindre", "Geir", "Andreas",
];

pub const FAMILY_NAMES: &[&str] = &[
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Haugen",
    "Bakken",
    "Moen",
    "Lien",
    "Aune",
    "Sæther",
    "Ali",
    "Ahmed",
    "Nowak",
    "Mohamed",
    "Hussein",
    "Kowalski",
    "Tran",
    "Nguyen",
    "Strand",
    "Solberg",
    "Berge",
];

pub const STREETS: &[&str] = &[
    "Eksempelvegen",
    "Prøvegata",
    "Demogata",
    "Testvegen",
    "Fiktivgata",
    "Lånkebakken",
    "Stubbanvegen",
    "Klæbuvegen",
    "Byåsvegen",
    "Ranheimsvegen",
];

pub const SCHOOLS: &[&str] = &[
    "Ila skole",
    "Lilleby skole",
    "Åsheim skole",
    "Kattem skole",
    "Byåsen skole",
    "Nardo skole",
    "Huseby skole",
    "Eberg skole",
    "Smeaheia barnehage",
    "Stokkan skole",
];

pub const MEASURES: &[&str] = &[
    "foreldreveiledning",
    "støttekontakt",
    "besøkshjem",
    "leksehjelp og fritidsaktivitet",
    "Familieråd",
    "hjemmebasert familieterapi",
];
