//! `minsak audit …`: seal the log now, verify it, export its checkpoints.

use crate::config::Config;
use app::audit::sealer::{self, Sealer, SealerSettings};
use app::audit::signing::SigningKey;
use app::audit::verify::{self, Checkpoint};
use std::io::Write;

pub async fn run(config: &Config, args: &[String]) -> anyhow::Result<()> {
    match args.first().map(String::as_str) {
        Some("seal") if args.len() == 1 => seal(config).await,
        Some("verify") => verify_log(config, &args[1..]).await,
        Some("checkpoints") if args.len() == 1 => export(config).await,
        _ => anyhow::bail!(crate::USAGE),
    }
}

async fn seal(config: &Config) -> anyhow::Result<()> {
    let db = crate::database::open(config).await?;
    let key = crate::database::audit_key(config)?;
    let sealed = Sealer::new(key, SealerSettings::default())
        .seal_all(&db, sealer::now_ms())
        .await?;
    println!(
        "linked {} entries{}",
        sealed.linked,
        if sealed.checkpoint {
            "; signed a checkpoint of the head"
        } else {
            ""
        }
    );
    Ok(())
}

/// Prints every checkpoint as one JSON object per line, to keep apart from the database.
async fn export(config: &Config) -> anyhow::Result<()> {
    let db = crate::database::open(config).await?;
    let mut out = std::io::stdout().lock();
    for cp in verify::stored_checkpoints(&db).await? {
        writeln!(out, "{}", serde_json::to_string(&cp)?)?;
    }
    Ok(())
}

async fn verify_log(config: &Config, args: &[String]) -> anyhow::Result<()> {
    let mut exported = Vec::new();
    let mut public_key = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let value = it
            .next()
            .ok_or_else(|| anyhow::anyhow!("{arg} needs a value\n{}", crate::USAGE))?;
        match arg.as_str() {
            "--checkpoints" => exported.extend(read_checkpoints(value)?),
            "--public-key" => {
                let bytes: [u8; 32] = hex::decode(value)
                    .ok()
                    .and_then(|b| b.try_into().ok())
                    .ok_or_else(|| anyhow::anyhow!("--public-key needs 64 hexadecimal digits"))?;
                public_key = Some(bytes);
            }
            other => anyhow::bail!("unknown option {other:?}\n{}", crate::USAGE),
        }
    }
    // Without --public-key, the configured key's; it must exist (verify makes none).
    let public_key = match public_key {
        Some(k) => k,
        None => SigningKey::load(std::path::Path::new(&config.audit_key_file))?.public_key(),
    };
    let db = crate::database::open(config).await?;
    let report = verify::verify(&db, &public_key, &exported).await?;
    match report.problem {
        Some(finding) => anyhow::bail!("audit log does not verify: {finding}"),
        None => {
            println!(
                "audit log verifies: {} sealed entries, {} checkpoints, {} newer entries not yet sealed",
                report.linked, report.checkpoints, report.not_yet_sealed
            );
            Ok(())
        }
    }
}

fn read_checkpoints(path: &str) -> anyhow::Result<Vec<Checkpoint>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("could not read {path}: {e}"))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| anyhow::anyhow!("{path}, line {}: not a checkpoint: {e}", i + 1))
        })
        .collect()
}
