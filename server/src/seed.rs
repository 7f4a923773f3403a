//! `minsak seed`: fills the database with synthetic demo data and writes the dev
//! login page's list of test persons, taken from the same data.

use crate::config::Config;
use app::audit::sealer::{self, Sealer, SealerSettings};

pub struct Options {
    pub scale: usize,
    /// Where to write the leak check's input (sentinels per person), if anywhere.
    pub leak_check: Option<String>,
}

impl Options {
    pub fn parse(args: &[String]) -> anyhow::Result<Options> {
        let mut opts = Options {
            scale: 1,
            leak_check: None,
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "--scale" => {
                    opts.scale = it
                        .next()
                        .and_then(|n| n.parse::<usize>().ok())
                        .filter(|n| *n >= 1)
                        .ok_or_else(|| anyhow::anyhow!("--scale needs a whole number >= 1"))?;
                }
                "--leak-check" => {
                    opts.leak_check = Some(
                        it.next()
                            .ok_or_else(|| anyhow::anyhow!("--leak-check needs a file"))?
                            .clone(),
                    );
                }
                other => anyhow::bail!("unknown option {other:?}\n{}", crate::USAGE),
            }
        }
        Ok(opts)
    }
}

pub async fn run(config: &Config, opts: Options) -> anyhow::Result<()> {
    let db = crate::database::open(config).await?;
    let today = app::domain::clock::today();
    let data = app::demo::generate(today, opts.scale);
    app::demo::store::insert_demo(&db, &data).await?;
    let files = app::store::files::FileStore::from_url(&config.file_store_url)?;
    app::demo::store::write_demo_files(&files, &data).await?;
    // The demo's history is sealed and checkpointed, so `minsak audit verify` on a
    // fresh demo has a chain to check.
    let key = crate::database::audit_key(config)?;
    Sealer::new(key, SealerSettings::default())
        .seal_all(&db, sealer::now_ms())
        .await?;
    write_json(&config.test_persons_file, &data.test_persons_json())?;
    if let Some(path) = &opts.leak_check {
        write_json(path, &data.leak_check_json(today))?;
    }
    tracing::info!(scale = opts.scale, persons_file = %config.test_persons_file, "demo data ready");
    Ok(())
}

/// `minsak leak-check FILE [--scale N]`: writes the leak check again from the release
/// decisions the database holds now (the demo must have been seeded with that scale).
/// Dev and test only: the end-to-end matrix runs it after specs that decide on demo
/// documents, so its forbidden lists match the data it probes.
pub async fn leak_check(config: &Config, args: &[String]) -> anyhow::Result<()> {
    let (file, rest) = args
        .split_first()
        .filter(|(f, _)| !f.starts_with("--"))
        .ok_or_else(|| anyhow::anyhow!("leak-check needs a file\n{}", crate::USAGE))?;
    let opts = Options::parse(rest)?;
    let db = crate::database::open(config).await?;
    let today = app::domain::clock::today();
    let json = app::demo::generate(today, opts.scale)
        .leak_check_from_db(&db, today)
        .await?;
    write_json(file, &json)
}

fn write_json(path: &str, value: &serde_json::Value) -> anyhow::Result<()> {
    let path = std::path::Path::new(path);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, serde_json::to_vec_pretty(value)?)?;
    Ok(())
}
