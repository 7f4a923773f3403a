//! Codes of the withholding-grounds catalogue.
//!
//! Only the codes live in code (so a decision can be checked against the catalogue and
//! a test can prove the migration covers them). The law text, labels and plain-language
//! explanations are data in `withholding_grounds` (migration 0002) so a lawyer can
//! correct them without a release. What a party reads as the legal basis is the
//! separate `citizen_basis_*` (migration 0006); `law` and `paragraph` are the working
//! record staff see, notes included.

use serde::{Deserialize, Serialize};

/// A legal basis for withholding or redacting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GroundsCode {
    /// bvl § 12-6 (2): danger or harm to the child or others.
    Bvl12_6_2,
    /// bvl § 12-6 (3): could prevent the investigation; lift when it ends.
    Bvl12_6_3,
    /// The nemnd decided to keep the child's whereabouts hidden.
    SkjultAdresse,
    /// fvl § 18 (1): confidential information, party under 15.
    Fvl18U15,
    /// fvl § 18 a: internal working document.
    Fvl18A,
    /// fvl § 18 b: obtained for internal case preparation.
    Fvl18B,
    /// fvl § 18 c: municipality-internal document.
    Fvl18C,
    /// fvl § 19 (1) d: inadvisable for the party's health or relations.
    Fvl19_1D,
    /// fvl § 19 (2) a: another person's health.
    Fvl19_2A,
    /// fvl § 19 (2) b: other special reasons (e.g. protecting who reported).
    Fvl19_2B,
    /// fvl § 19 (1) a–c: security, trade secrets, research ideas.
    Fvl19_1Abc,
}

impl GroundsCode {
    pub const ALL: &'static [GroundsCode] = &[
        GroundsCode::Bvl12_6_2,
        GroundsCode::Bvl12_6_3,
        GroundsCode::SkjultAdresse,
        GroundsCode::Fvl18U15,
        GroundsCode::Fvl18A,
        GroundsCode::Fvl18B,
        GroundsCode::Fvl18C,
        GroundsCode::Fvl19_1D,
        GroundsCode::Fvl19_2A,
        GroundsCode::Fvl19_2B,
        GroundsCode::Fvl19_1Abc,
    ];

    /// The key in `withholding_grounds.code`.
    pub fn as_str(self) -> &'static str {
        match self {
            GroundsCode::Bvl12_6_2 => "BVL-12-6-2",
            GroundsCode::Bvl12_6_3 => "BVL-12-6-3",
            GroundsCode::SkjultAdresse => "SKJULT-ADRESSE",
            GroundsCode::Fvl18U15 => "FVL-18-U15",
            GroundsCode::Fvl18A => "FVL-18A",
            GroundsCode::Fvl18B => "FVL-18B",
            GroundsCode::Fvl18C => "FVL-18C",
            GroundsCode::Fvl19_1D => "FVL-19-1D",
            GroundsCode::Fvl19_2A => "FVL-19-2A",
            GroundsCode::Fvl19_2B => "FVL-19-2B",
            GroundsCode::Fvl19_1Abc => "FVL-19-1ABC",
        }
    }

    pub fn parse(code: &str) -> Option<GroundsCode> {
        GroundsCode::ALL
            .iter()
            .copied()
            .find(|g| g.as_str() == code)
    }
}

impl std::fmt::Display for GroundsCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for g in GroundsCode::ALL {
            assert_eq!(GroundsCode::parse(g.as_str()), Some(*g));
            assert!(seen.insert(g.as_str()));
        }
        assert_eq!(GroundsCode::parse("FVL-99"), None);
    }

    /// The migrations must insert exactly the catalogue the code knows, on both backends.
    #[test]
    fn migrations_insert_every_code() {
        for sql in [
            include_str!("../../migrations/sqlite/0002_grounds.sql"),
            include_str!("../../migrations/postgres/0002_grounds.sql"),
        ] {
            for g in GroundsCode::ALL {
                assert!(
                    sql.contains(&format!("('{}',", g.as_str())),
                    "{} missing from migration",
                    g
                );
            }
            assert_eq!(sql.matches("\n('").count(), GroundsCode::ALL.len());
        }
        assert_eq!(
            include_str!("../../migrations/sqlite/0002_grounds.sql"),
            include_str!("../../migrations/postgres/0002_grounds.sql"),
            "both backends carry the same catalogue"
        );
    }

    /// Every code gets its citizen texts, the same on both backends.
    #[test]
    fn migrations_give_every_code_a_citizen_text() {
        let sql = include_str!("../../migrations/sqlite/0006_grounds_citizen_text.sql");
        assert_eq!(
            sql,
            include_str!("../../migrations/postgres/0006_grounds_citizen_text.sql"),
            "both backends carry the same citizen texts"
        );
        for g in GroundsCode::ALL {
            assert!(
                sql.contains(&format!("WHERE code = '{}';", g.as_str())),
                "{g} has no citizen text"
            );
        }
    }
}
