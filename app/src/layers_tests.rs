//! The layout is the architecture: each top-level module of the app is a layer, and a
//! layer uses only the layers below it (lib.rs lists them). This reads every source file's
//! `crate::` and `super::` paths and fails on a use that points upwards, on a module
//! that has no layer, and on a cycle between modules (the app's features, the server's
//! modules). Tests (`*tests.rs`, inline test modules, `src/tests/`) are left out: they
//! may set up whatever they need.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first. `api::dto` (the data the browser gets) and `i18n` are
/// leaves that everything may use.
const LAYERS: &[(&str, u8)] = &[
    ("domain", 0),
    ("api::dto", 0),
    ("i18n", 0),
    ("access", 1),
    ("store", 2),
    ("audit", 2),
    ("features", 3),
    ("import", 3),
    ("demo", 3),
    ("web", 4),
    ("api", 5),
    ("ui", 6),
];

/// A source file as a module path ("features::reading::documents") and its code with
/// comments and test modules cut away.
struct Source {
    module: Vec<String>,
    code: String,
}

fn sources(root: &Path) -> Vec<Source> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("source dir")
            .map(|e| e.expect("entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                // `tests/` holds the cross-feature tests (crate::tests).
                if path != root.join("tests") {
                    stack.push(path);
                }
                continue;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.ends_with(".rs") || name.ends_with("tests.rs") {
                continue;
            }
            let rel = path.strip_prefix(root).expect("under root");
            let mut module: Vec<String> = rel
                .iter()
                .map(|s| s.to_string_lossy().trim_end_matches(".rs").to_string())
                .collect();
            if matches!(
                module.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                module.pop();
            }
            let text = std::fs::read_to_string(&path).expect("read source");
            out.push(Source {
                module,
                code: without_tests_and_comments(&text),
            });
        }
    }
    out
}

/// The code without `//` comments and without inline `#[cfg(test)] mod … { … }`
/// blocks (the rest of the file from there: test modules come last by convention).
fn without_tests_and_comments(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).map(|l| l.trim_start()).unwrap_or("");
        if line.trim() == "#[cfg(test)]" && next.starts_with("mod ") && next.ends_with('{') {
            break;
        }
        let code = match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        };
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// Every path named after `crate::` or `super::` in a file, made absolute.
fn referenced_paths(src: &Source) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let code = &src.code;
    for (at, _) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        let before = code[..at].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let is_super = code[at..].starts_with("super::");
        // `super` is the parent of the file's module (for a mod.rs as for a plain file).
        let mut base: Vec<String> = if is_super {
            src.module[..src.module.len().saturating_sub(1)].to_vec()
        } else {
            Vec::new()
        };
        // Both prefixes are 7 characters long.
        let mut rest = &code[at + 7..];
        // super::super::…
        while let Some(r) = rest.strip_prefix("super::") {
            base.pop();
            rest = r;
        }
        for tail in expand(rest) {
            let mut p = base.clone();
            p.extend(tail);
            out.push(p);
        }
    }
    out
}

/// The paths of `a::b`, `a::{b, c::d}` or `{a, b::c}` at the start of `text`.
fn expand(text: &str) -> Vec<Vec<String>> {
    let text = text.trim_start();
    if let Some(inner) = text.strip_prefix('{') {
        let mut depth = 1;
        let mut items = Vec::new();
        let mut start = 0;
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        items.push(&inner[start..i]);
                        break;
                    }
                }
                ',' if depth == 1 => {
                    items.push(&inner[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        return items
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .flat_map(expand)
            .collect();
    }
    let ident_end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    let ident = &text[..ident_end];
    if ident.is_empty() || ident == "self" || ident == "*" {
        return vec![Vec::new()];
    }
    let rest = &text[ident_end..];
    match rest.strip_prefix("::") {
        Some(r) => expand(r)
            .into_iter()
            .map(|mut t| {
                t.insert(0, ident.to_string());
                t
            })
            .collect(),
        None => vec![vec![ident.to_string()]],
    }
}

/// The unit a module path belongs to: a feature or `api::dto` by its second segment,
/// anything else by its first. `None` for the crate root.
fn app_unit(path: &[String]) -> Option<String> {
    let first = path.first()?;
    match (first.as_str(), path.get(1).map(String::as_str)) {
        ("features", Some(f)) if f.chars().all(|c| c.is_lowercase() || c == '_') => {
            Some(format!("features::{f}"))
        }
        ("api", Some("dto")) => Some("api::dto".into()),
        _ => Some(first.clone()),
    }
}

fn server_unit(path: &[String]) -> Option<String> {
    let first = path.first()?;
    match (first.as_str(), path.get(1)) {
        ("import", Some(m)) if m.chars().all(|c| c.is_lowercase() || c == '_') => {
            Some(format!("import::{m}"))
        }
        _ => Some(first.clone()),
    }
}

fn rank(unit: &str) -> Option<u8> {
    let layer = if unit.starts_with("features::") {
        "features"
    } else {
        unit
    };
    LAYERS.iter().find(|(n, _)| *n == layer).map(|(_, r)| *r)
}

/// Edges between units (a parent module's use of its own children is structure, not a
/// dependency, and left out).
fn edges(root: &Path, unit: fn(&[String]) -> Option<String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for src in sources(root) {
        let Some(from) = unit(&src.module) else {
            continue;
        };
        for path in referenced_paths(&src) {
            let Some(to) = unit(&path) else { continue };
            if to == from || to.starts_with(&format!("{from}::")) {
                continue;
            }
            // Only names that are modules of this crate count (not `crate::Type` at the root).
            if !root.join(&path[0]).exists() && !root.join(format!("{}.rs", path[0])).exists() {
                continue;
            }
            graph.entry(from.clone()).or_default().insert(to);
        }
    }
    graph
}

/// One cycle in `graph`, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(c) = visit(node, graph, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

fn app_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn every_app_module_has_a_layer_and_uses_only_lower_ones() {
    let graph = edges(&app_src(), app_unit);
    let mut wrong = Vec::new();
    for (from, tos) in &graph {
        let Some(r_from) = rank(from) else {
            wrong.push(format!("{from} has no layer (add it to LAYERS and lib.rs)"));
            continue;
        };
        for to in tos {
            match rank(to) {
                None => wrong.push(format!("{to} (used by {from}) has no layer")),
                Some(r_to) if r_to > r_from => {
                    wrong.push(format!("{from} uses {to}, a higher layer"))
                }
                _ => {}
            }
        }
    }
    assert!(wrong.is_empty(), "layer rule broken:\n{}", wrong.join("\n"));
}

#[test]
fn the_app_has_no_module_cycles() {
    let graph = edges(&app_src(), app_unit);
    assert_eq!(find_cycle(&graph), None, "a cycle between modules");
}

#[test]
fn the_server_has_no_module_cycles() {
    let server = Path::new(env!("CARGO_MANIFEST_DIR")).join("../server/src");
    let graph = edges(&server, server_unit);
    assert!(graph.len() > 3, "the server's modules were read");
    assert_eq!(find_cycle(&graph), None, "a cycle between modules");
}

#[test]
fn the_checks_see_uses_in_all_their_forms() {
    let src = Source {
        module: vec!["features".into(), "reading".into(), "documents".into()],
        code: "use crate::{store::{rows, Db}, access::policy};\nuse super::cases::x;\nlet a = crate::web::auth::current();".into(),
    };
    let units: BTreeSet<String> = referenced_paths(&src)
        .iter()
        .filter_map(|p| app_unit(p))
        .collect();
    let expected: BTreeSet<String> = ["store", "access", "features::reading", "web"]
        .map(String::from)
        .into();
    assert_eq!(units, expected);
    let mut g = BTreeMap::new();
    g.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    g.insert("b".to_string(), BTreeSet::from(["a".to_string()]));
    assert!(find_cycle(&g).is_some());
    assert_eq!(
        without_tests_and_comments(
            "use crate::a; // crate::b\n#[cfg(test)]\nmod tests {\nuse crate::c;\n}\n"
        ),
        "use crate::a; \n"
    );
}
